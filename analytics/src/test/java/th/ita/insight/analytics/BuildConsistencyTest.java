package th.ita.insight.analytics;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Spark JVM flags live once in the parent pom; the launcher's copy must not drift from it. */
class BuildConsistencyTest {

    @Test
    void mvn_jvm_config_carries_exactly_the_parent_poms_spark_flags() throws IOException {
        String pom = Files.readString(Path.of("../pom.xml"));
        Matcher m = Pattern.compile("<spark.jvm.flags>(.*?)</spark.jvm.flags>", Pattern.DOTALL).matcher(pom);
        assertTrue(m.find());
        assertEquals(m.group(1).strip(), Files.readString(Path.of("../.mvn/jvm.config")).strip(),
                "copy <spark.jvm.flags> from pom.xml into .mvn/jvm.config");
        String launcher = Files.readString(Path.of("../ita"));
        assertTrue(launcher.contains(".mvn/jvm.config"), "the ita launcher reads its Spark flags from .mvn/jvm.config");
    }
}
