package th.ita.insight.dashboard.reliability;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Writes a reliability test's counts to {@code target/reliability/<name>.properties}, where
 * {@code ./ita reliability} reads them for its summary (docs/reliability.md).
 */
public final class ReliabilityCounts {
    private ReliabilityCounts() {
    }

    public static void write(String name, Map<String, ?> counts) throws IOException {
        Path dir = Path.of("target", "reliability");
        Files.createDirectories(dir);
        Properties p = new Properties();
        counts.forEach((k, v) -> p.setProperty(k, String.valueOf(v)));
        try (Writer w = Files.newBufferedWriter(dir.resolve(name + ".properties"), StandardCharsets.UTF_8)) {
            p.store(w, "written by " + name + "; read by ./ita reliability");
        }
    }
}
