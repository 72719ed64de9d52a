package th.ita.insight.dashboard.reliability;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.dashboard.DashboardConfig;
import th.ita.insight.dashboard.DashboardServer;
import th.ita.insight.store.DuckDbStore;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kill -9} during publish, repeatedly (issue 9). The real batch, as its own JVM, publishes the
 * sample (publish A); then six runs on changed scores (every total of the totals file 3 points lower)
 * are killed with SIGKILL at the {@link KillPoint}s, from Spark's staging to the rename. After each kill
 * the file at the database path must be a complete publish equal to the one before (or, killed after
 * its rename, the killed run's own complete publish), the store must hold the rows it was built from,
 * and a real dashboard server on the file must keep answering 200 under that publish's run id. Then an
 * un-killed run must succeed, leave nothing behind, and the server must switch to it.
 */
@Tag("reliability")
@Tag("slow")
class PublishKillTest {
    private static final String DB = "ita.duckdb";
    private static final String NAN = "องค์การบริหารส่วนจังหวัดน่าน";
    private static final Duration RUN_LIMIT = Duration.ofMinutes(10);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void the_previous_publish_survives_six_kills_during_publish_and_the_next_run_succeeds(@TempDir Path dir) throws Exception {
        Path db = dir.resolve(DB);
        Path changed = changedTotals(dir);
        long publishNanos = run(dir, "publish-a.log", "--input", BatchProcess.sample().toString(), "--db", db.toString(), "--fresh");
        PublishFingerprint a = PublishFingerprint.of(db);
        Map<String, String> changedContents = null;
        PublishFingerprint last = a;
        List<String> problems = new ArrayList<>();
        Map<String, Object> counts = new LinkedHashMap<>();
        int survived = 0;
        int lost = 0;
        try (DashboardServer server = DashboardServer.create(new DashboardConfig(db, "127.0.0.1", Duration.ofMillis(200)))
                .start("127.0.0.1", 0)) {
            String agency = agencyId(db);
            assertEquals(a.runId(), served(server, agency, a.runId(), db), "the server serves publish A");
            for (KillPoint point : KillPoint.values()) {
                List<String> before = new ArrayList<>(problems);
                String killed = kill(dir, point, publishNanos, changed, db, problems);
                PublishFingerprint now;
                try {
                    now = PublishFingerprint.of(db);
                } catch (java.sql.SQLException e) {
                    problems.add(point + ": the published file does not open: " + e.getMessage());
                    lost++;
                    continue;
                }
                if (now.runId().equals(last.runId())) {
                    if (!now.equals(last)) {
                        problems.add(point + ": the publish " + last.runId() + " changed: " + now.contents() + " was " + last.contents());
                        lost++;
                    }
                } else if (now.runId().equals(killed)) {
                    // Killed after its rename: its own publish is complete, and the one to keep from now on.
                    if (changedContents != null && !changedContents.equals(now.contents()) || now.contents().equals(a.contents())) {
                        problems.add(point + ": the killed run's publish is not the changed data: " + now.contents());
                        lost++;
                    }
                    changedContents = now.contents();
                    last = now;
                } else {
                    problems.add(point + ": the file names run " + now.runId() + ", neither " + last.runId() + " nor " + killed);
                    lost++;
                }
                checkStore(db, now.runId(), killed, point, problems);
                String servedRun = served(server, agency, now.runId(), db);
                if (!now.runId().equals(servedRun)) {
                    problems.add(point + ": the server answered " + servedRun + " instead of " + now.runId());
                }
                if (problems.equals(before)) {
                    survived++;
                }
                System.out.printf("kill at %-20s run %s: file holds %s, store CURRENT %s%n", point, killed, now.runId(),
                        Files.readString(store(db).resolve("CURRENT")).strip());
            }
            counts.put("kills", KillPoint.values().length);
            counts.put("kills_survived", survived);
            counts.put("data_lost", lost);
            ReliabilityCounts.write("kills", counts);

            run(dir, "final.log", "--input", changed.toString(), "--db", db.toString());
            PublishFingerprint fin = PublishFingerprint.of(db);
            assertNotEquals(last.runId(), fin.runId());
            assertNotEquals(a.contents(), fin.contents(), "the final run publishes the changed scores");
            if (changedContents != null) {
                assertEquals(changedContents, fin.contents());
            }
            assertEquals("v-" + fin.runId(), Files.readString(store(db).resolve("CURRENT")).strip());
            assertEquals(fin.runId(), served(server, agency, fin.runId(), db), "the server switches to the new publish");
            try (Stream<Path> left = Files.list(dir)) {
                List<String> stray = left.map(p -> p.getFileName().toString())
                        .filter(n -> n.contains(".staging-") || n.contains(".publish-")).toList();
                assertEquals(List.of(), stray, "what the killed runs left was cleared by the next run");
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(KillPoint.values().length, survived);
    }

    /** Runs the batch to its end; returns how long its publish file existed (the DuckDB part of the publish). */
    private static long run(Path dir, String log, String... args) throws Exception {
        java.util.Set<String> earlier = names(dir);
        Process p = BatchProcess.start(dir.resolve(log), args);
        long since = -1;
        long took = 0;
        while (!p.waitFor(2, TimeUnit.MILLISECONDS)) {
            boolean publishing = KillPoint.Seen.in(dir, DB, earlier).publishFile();
            if (publishing && since < 0) {
                since = System.nanoTime();
            } else if (!publishing && since >= 0 && took == 0) {
                took = System.nanoTime() - since;
            }
        }
        assertEquals(0, p.exitValue(), () -> log + ":\n" + read(dir.resolve(log)));
        return took > 0 ? took : Duration.ofSeconds(1).toNanos();
    }

    /** Starts a run on the changed scores and kills it at {@code point}; returns the killed run's id. */
    private static String kill(Path dir, KillPoint point, long publishNanos, Path changed, Path db, List<String> problems)
            throws Exception {
        Path log = dir.resolve("kill-" + point + ".log");
        java.util.Set<String> earlier = names(dir);
        Process p = BatchProcess.start(log, "--input", changed.toString(), "--db", db.toString());
        long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
        long since = -1;
        boolean sawPublishFile = false;
        boolean sawWal = false;
        String runId = null;
        while (System.nanoTime() < deadline) {
            KillPoint.Seen seen = KillPoint.Seen.in(dir, DB, earlier);
            if (seen.runId().isPresent()) {
                runId = seen.runId().get();
            }
            if (seen.publishFile() && since < 0) {
                since = System.nanoTime();
            }
            if (point.due(seen, since, sawPublishFile, sawWal, publishNanos)) {
                p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally block runs
                List<String> stale = earlier.stream().filter(n -> n.contains(".staging-") || n.contains(".publish-"))
                        .filter(n -> Files.exists(dir.resolve(n))).toList();
                if (!stale.isEmpty()) {
                    problems.add(point + ": the run went on beside an earlier run's leftovers " + stale);
                }
                break;
            }
            sawPublishFile |= seen.publishFile();
            sawWal |= seen.wal();
            if (!p.isAlive()) {
                problems.add(point + ": the run ended (exit " + p.exitValue() + ") before the kill point:\n" + read(log));
                break;
            }
            Thread.sleep(1);
        }
        p.destroyForcibly();
        p.waitFor();
        return runId;
    }

    /** The store can always rebuild what is published: its pointer names a complete version, and so does the published run. */
    private static void checkStore(Path db, String published, String killed, KillPoint point, List<String> problems) throws IOException {
        Path store = store(db);
        String current = Files.readString(store.resolve("CURRENT")).strip();
        if (!Files.exists(store.resolve(current).resolve("_SUCCESS"))) {
            problems.add(point + ": CURRENT names " + current + ", not a complete version");
        }
        if (!Files.exists(store.resolve("v-" + published).resolve("_SUCCESS"))) {
            problems.add(point + ": the store lost v-" + published + ", the rows of the published file");
        }
        // Only a run killed between its rename and its pointer move may leave them apart (the next run adopts it).
        if (!current.equals("v-" + published) && !published.equals(killed)) {
            problems.add(point + ": CURRENT names " + current + " while the file was built from v-" + published);
        }
    }

    /**
     * Asks the server for the agency page and its JSON until they carry {@code runId} (it looks for a new
     * file every 200 ms); both must be 200 and the JSON's FY2568 total the one in the file. Returns the run served.
     */
    private String served(DashboardServer server, String agency, String runId, Path db) throws Exception {
        String seen = null;
        for (int attempt = 0; attempt < 50 && !runId.equals(seen); attempt++) {
            Thread.sleep(attempt == 0 ? 0 : 100);
            HttpResponse<String> page = get(server, "/agency/" + agency);
            HttpResponse<String> api = get(server, "/api/agencies/" + agency + "/scores?year=2568");
            assertEquals(200, page.statusCode(), page.body());
            assertEquals(200, api.statusCode(), api.body());
            seen = api.headers().firstValue(DashboardServer.RUN_HEADER).orElse(null);
            if (runId.equals(seen)) {
                assertEquals(runId, page.headers().firstValue(DashboardServer.RUN_HEADER).orElse(null));
                assertTrue(api.body().contains("\"total\":" + total(db, agency)), api.body());
            }
        }
        return seen;
    }

    private HttpResponse<String> get(DashboardServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String agencyId(Path db) throws Exception {
        try (Connection c = DuckDbStore.openReadOnly(db);
             PreparedStatement ps = c.prepareStatement("SELECT agency_id FROM agency WHERE name_th = ?")) {
            ps.setString(1, NAN);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), NAN + " is in the sample");
                return rs.getString(1);
            }
        }
    }

    private static double total(Path db, String agency) throws Exception {
        try (Connection c = DuckDbStore.openReadOnly(db);
             PreparedStatement ps = c.prepareStatement("SELECT total FROM score_total WHERE agency_id = ? AND fiscal_year = 2568")) {
            ps.setString(1, agency);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                return rs.getDouble(1);
            }
        }
    }

    /** The sample's totals file with every total 3 points lower: publish B differs from A in every one of them. */
    private static Path changedTotals(Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("changed"));
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(BatchProcess.sample().resolve("ita-history-2558-2568-totals.csv"), StandardCharsets.UTF_8)) {
            String[] f = line.split(",", -1);
            if (f.length > 5 && f[4].equals("ITA")) {
                f[5] = String.format(java.util.Locale.ROOT, "%.2f", Double.parseDouble(f[5]) - 3);
            }
            out.add(String.join(",", f));
        }
        Files.write(in.resolve("totals-changed.csv"), out, StandardCharsets.UTF_8);
        return in;
    }

    /** What is beside the database now: a killed run's leftovers look like a new run's files until it clears them. */
    private static java.util.Set<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        }
    }

    private static Path store(Path db) {
        return db.resolveSibling(db.getFileName() + ".store");
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
