package th.ita.insight.dashboard;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The real server (or one of the dashboard's CLIs) in a JVM of its own, started as {@code ./ita serve}
 * starts it: a crash test must be able to SIGKILL it, which an in-process server cannot survive, and
 * DuckDB's file lock is per process, so "the server holds the plans file" needs a second process.
 * The child's classpath is this test JVM's, which holds the module's classes and its dependencies.
 */
final class ServerProcess implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("ITA Insight dashboard: http://[^:]+:(\\d+)/");

    private final Process process;
    private final Path log;
    final String base;

    private ServerProcess(Process process, Path log, String base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    /** Starts {@code ServeCli --db --plans --port 0} and waits until it prints its address. */
    static ServerProcess start(Path db, Path plans, Path log, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("--db", db.toString(), "--plans", plans.toString(), "--port", "0"));
        args.addAll(List.of(extra));
        Process p = java(ServeCli.class, log, args);
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            Matcher m = READY.matcher(read(log));
            if (m.find()) {
                return new ServerProcess(p, log, "http://127.0.0.1:" + m.group(1));
            }
            if (!p.isAlive()) {
                fail("the server exited with " + p.exitValue() + " before listening:\n" + read(log));
            }
            Thread.sleep(50);
        }
        p.destroyForcibly().waitFor();
        fail("the server did not start within 60 s:\n" + read(log));
        return null;
    }

    /** Runs a main class to its end and answers its exit code; stdout and stderr go to {@code log}. */
    static int run(Class<?> main, Path log, String... args) throws Exception {
        Process p = java(main, log, List.of(args));
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            fail(main.getSimpleName() + " did not finish within 120 s:\n" + read(log));
        }
        return p.exitValue();
    }

    private static Process java(Class<?> main, Path log, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        Files.createDirectories(log.toAbsolutePath().getParent());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .directory(new File(".")).start();
    }

    static String read(Path log) throws java.io.IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /** SIGKILL: no shutdown hook, no checkpoint, no flush — what a power cut or the OOM killer leaves. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM: the shutdown hook closes the server and the plans file. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    String log() throws java.io.IOException {
        return read(log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
