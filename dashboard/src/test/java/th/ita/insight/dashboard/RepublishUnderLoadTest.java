package th.ita.insight.dashboard;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.dashboard.reliability.ReliabilityCounts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Republishing under load (issue 9): while {@code wrk} loads the real server on loopback, publishes of
 * two different contents (นาทอน's FY2566 total 91.37 or 82.64) are swapped in turn, each under its own
 * run id. No request may fail, and no answer may mix publishes: the run named in its X-ITA-Run header
 * must be the one whose figure (and, on pages and JSON that name it, whose run id) is in the body.
 */
@Tag("reliability")
class RepublishUnderLoadTest {
    private static final Path SCRIPT = Path.of("src/test/resources/reliability/republish.lua");
    private static final String[] FIGURES = {"91.37", "82.64"};
    private static final int SWAPS = 8;
    private static final Duration BETWEEN_SWAPS = Duration.ofMillis(1500);
    /** The agencies list names the run and the totals; the JSON names the run; the agency page shows the total. */
    private static final String PATHS = "/,/api/agencies/sao-91-aaaa/scores?year=2566,/agency/sao-91-aaaa?year=2566";
    private static final Pattern SUMMARY = Pattern.compile("ita-load requests=(\\d+) answered=(\\d+) failed=(\\d+) "
            + "socket_errors=(\\d+) mixed=(\\d+) unknown=(\\d+) problem=(.*)");

    @Test
    void a_republish_under_wrk_fails_no_request_and_mixes_no_answer(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("ita.duckdb");
        List<String> runs = new ArrayList<>();
        for (int i = 0; i <= SWAPS; i++) {
            runs.add("load-" + (char) ('a' + i));
        }
        TestDatabases.publish(db, runs.get(0), Double.parseDouble(FIGURES[0]));
        // The server looks for a new publish every 100 ms, so requests straddle each swap.
        try (DashboardServer server = DashboardServer.create(new DashboardConfig(db, "127.0.0.1", Duration.ofMillis(100)))
                .start("127.0.0.1", 0)) {
            Process wrk = startWrk(server.port(), runs, dir);
            long seconds = BETWEEN_SWAPS.multipliedBy(SWAPS + 2).toSeconds();
            Thread.sleep(BETWEEN_SWAPS.toMillis());
            for (int i = 1; i <= SWAPS; i++) {
                TestDatabases.publish(db, runs.get(i), Double.parseDouble(FIGURES[i % 2]));
                Thread.sleep(BETWEEN_SWAPS.toMillis());
            }
            if (!wrk.waitFor(seconds + 30, TimeUnit.SECONDS)) {
                wrk.destroyForcibly();
                fail("wrk did not finish");
            }
            String out = Files.readString(dir.resolve("wrk.out"), StandardCharsets.UTF_8);
            Matcher m = SUMMARY.matcher(out);
            assertTrue(m.find(), "wrk printed no summary:\n" + out + Files.readString(dir.resolve("wrk.err")));
            long requests = Long.parseLong(m.group(1));
            long failed = Long.parseLong(m.group(3)) + Long.parseLong(m.group(4)) + Long.parseLong(m.group(6));
            long mixed = Long.parseLong(m.group(5));
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("republish_requests", requests);
            counts.put("republish_failed", failed);
            counts.put("republish_mixed", mixed);
            counts.put("republish_swaps", SWAPS);
            ReliabilityCounts.write("republish", counts);

            assertEquals(0, failed, "failed requests (non-2xx, socket errors, no run header):\n" + out);
            assertEquals(0, mixed, "answers mixing two publishes:\n" + out);
            assertTrue(requests > 200, "too little load to prove anything: " + out);
        }
    }

    private static Process startWrk(int port, List<String> runs, Path dir) throws IOException {
        List<String> command = new ArrayList<>(List.of(wrk(), "-t2", "-c16", "-d"
                + BETWEEN_SWAPS.multipliedBy(SWAPS + 2).toSeconds() + "s", "--timeout", "10s",
                "-s", SCRIPT.toAbsolutePath().toString(), "http://127.0.0.1:" + port, "--", PATHS));
        for (int i = 0; i < runs.size(); i++) {
            command.add(runs.get(i) + "=" + FIGURES[i % 2]);
        }
        return new ProcessBuilder(command).redirectOutput(dir.resolve("wrk.out").toFile())
                .redirectError(dir.resolve("wrk.err").toFile()).start();
    }

    /** wrk is a Debian package (.ci/run installs it); without it this test cannot run, and says so. */
    private static String wrk() {
        for (String p : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(p, "wrk"))) {
                return Path.of(p, "wrk").toString();
            }
        }
        fail("wrk is not installed: apt-get install -y wrk (the republish-under-load test drives the server with it)");
        return null;
    }
}
