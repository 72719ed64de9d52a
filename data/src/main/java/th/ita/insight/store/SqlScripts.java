package th.ita.insight.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** SQL kept as a resource on the classpath (the schema's DDL, the publish's derived tables), read as text. */
public final class SqlScripts {
    private SqlScripts() {
    }

    /** @param name a classpath resource name, e.g. {@code store/schema.sql} */
    public static String read(String name) {
        try (InputStream in = SqlScripts.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }
}
