package th.ita.insight.analytics;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Spark JVM flags live once in the parent pom; the launcher and the cluster check read its one copy. */
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
        String clusterCheck = Files.readString(Path.of("cluster/standalone-check.sh"));
        assertTrue(clusterCheck.contains(".mvn/jvm.config"), "the cluster check reads its Spark flags from .mvn/jvm.config");
        assertFalse(clusterCheck.contains("--add-opens="), "the cluster check keeps no copy of its own");
    }
}
