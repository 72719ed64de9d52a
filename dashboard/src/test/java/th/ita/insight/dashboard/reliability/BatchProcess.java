package th.ita.insight.dashboard.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Starts the real batch ({@code BatchCli run}) as its own JVM, exactly as the {@code ita} launcher does:
 * the Spark flags of {@code .mvn/jvm.config}, the classpath {@code analytics/target/classes:analytics/target/lib/*}.
 * That classpath exists once the analytics module is packaged, so these tests run in the {@code verify}
 * reactor (e.g. {@code ./ita reliability}), not from the dashboard module alone.
 */
final class BatchProcess {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private BatchProcess() {
    }

    /** Standard output and error go to {@code log}; the caller waits or kills. */
    static Process start(Path log, String... runArgs) throws IOException {
        Path classes = ROOT.resolve("analytics/target/classes");
        Path lib = ROOT.resolve("analytics/target/lib");
        if (!Files.isDirectory(classes) || !Files.isDirectory(lib)) {
            fail(lib + " is missing: this test runs the packaged batch; run it from the project root with "
                    + "'./ita reliability' or 'mvn -B verify -P reliability'");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(Files.readString(ROOT.resolve(".mvn/jvm.config"), StandardCharsets.UTF_8).trim().split("\\s+")));
        command.addAll(List.of("-Xmx1g", "-Dfile.encoding=UTF-8", "-cp", classes + ":" + lib + "/*",
                "th.ita.insight.analytics.BatchCli", "run"));
        command.addAll(Arrays.asList(runArgs));
        command.addAll(List.of("--master", "local[2]", "--lang", "en"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return pb.start();
    }

    static Path sample() {
        return ROOT.resolve("data/sample");
    }
}
