package th.ita.insight.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.dashboard.planner.PlansFileCli;
import th.ita.insight.store.DuckDbStore;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./ita backup} and {@code ./ita restore} with the real server and the real CLI in JVMs of their own
 * (DuckDB's lock is per process): a backup taken live from /admin/backup or by the CLI brings back exactly its
 * plans and accounts after later changes and after the file is destroyed; anything that is not a readable
 * plans file is refused with a Thai and English reason and the plans file is left byte for byte as it was.
 */
class PlansBackupRestoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger RUNS = new AtomicInteger();
    @TempDir
    static Path dir;
    private static Path db;
    private static String nathon;

    @BeforeAll
    static void publish() throws Exception {
        db = dir.resolve("ita.duckdb");
        PlannerFixture.publishSample(db, "run-1", Set.of());
        nathon = PlannerFixture.agencyId(db, PlannerFixture.NATHON);
    }

    private static Path planner(String name) throws Exception {
        Path plans = dir.resolve(name);
        PlannerFixture.accounts(plans, List.of(PlannerFixture.account("admin1", "admin", null, Set.of()),
                PlannerFixture.account("officer-nathon", "officer", nathon, Set.of())));
        return plans;
    }

    /** Runs the CLI; answers its exit code and output. */
    private static String[] cli(String... args) throws Exception {
        Path log = dir.resolve("cli-" + RUNS.incrementAndGet() + ".log");
        int code = ServerProcess.run(PlansFileCli.class, log, args);
        return new String[]{String.valueOf(code), ServerProcess.read(log)};
    }

    private static PlannerFixture.Client signedIn(ServerProcess s, String name) throws Exception {
        PlannerFixture.Client c = new PlannerFixture.Client(s.base);
        assertEquals(303, c.login(name, PlannerFixture.PASSWORD).statusCode(), name + " logs in");
        return c;
    }

    private static void create(PlannerFixture.Client officer, String title) throws Exception {
        HttpResponse<String> r = officer.json("POST", "/api/agencies/" + nathon + "/plans",
                JSON.writeValueAsString(Map.of("year", "2566", "title", title)), officer.csrf());
        assertEquals(201, r.statusCode(), r.body());
    }

    private static Set<String> titles(PlannerFixture.Client officer) throws Exception {
        Set<String> out = new TreeSet<>();
        JsonNode items = JSON.readTree(officer.get("/api/agencies/" + nathon + "/plans?year=2566").body()).get("items");
        items.forEach(i -> out.add(i.get("title").asText()));
        return out;
    }

    @Test
    void a_backup_brings_back_exactly_its_plans_and_accounts_after_changes_and_after_the_file_is_destroyed() throws Exception {
        Path plans = planner("plans.duckdb");
        Path live = dir.resolve("backups/live.duckdb");
        Path offline = dir.resolve("backups/offline.duckdb");
        try (ServerProcess server = ServerProcess.start(db, plans, dir.resolve("server-1.log"))) {
            PlannerFixture.Client officer = signedIn(server, "officer-nathon");
            create(officer, "มาตรการ A <b>&</b>");
            create(officer, "มาตรการ B");
            HttpResponse<byte[]> download = signedIn(server, "admin1").bytes("/admin/backup");
            assertEquals(200, download.statusCode());
            assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"plans-"));
            Files.createDirectories(live.getParent());
            Files.write(live, download.body());
            assertEquals(403, officer.bytes("/admin/backup").statusCode(), "only an admin takes the file with every password hash");
            assertEquals(303, new PlannerFixture.Client(server.base).bytes("/admin/backup").statusCode());

            String[] held = cli("backup", "--plans", plans.toString(), "--out", offline.toString());
            assertEquals("2", held[0], held[1]);
            assertTrue(held[1].contains("ถูกเซิร์ฟเวอร์ที่กำลังทำงานเปิดอยู่") && held[1].contains("held by a running dashboard")
                    && held[1].contains("/admin/users"), held[1]);
            assertFalse(Files.exists(offline), "nothing written");
            String[] busy = cli("restore", "--plans", plans.toString(), "--from", live.toString());
            assertEquals("2", busy[0], busy[1]);
            assertTrue(busy[1].contains("stop the server"), busy[1]);

            create(officer, "มาตรการ C");
            PlannerFixture.Client admin = signedIn(server, "admin1");
            assertEquals(303, admin.form("/admin/users", Map.of("csrf", admin.csrf(),
                    "name", "late-officer", "role", "officer", "agency", nathon, "password", PlannerFixture.PASSWORD)).statusCode());
            server.stop();
        }
        String[] backup = cli("backup", "--plans", plans.toString(), "--out", offline.toString());
        assertEquals("0", backup[0], backup[1]);
        assertTrue(backup[1].contains("3 accounts, 3 plan items"), backup[1]);

        String[] restored = cli("restore", "--plans", plans.toString(), "--from", live.toString());
        assertEquals("0", restored[0], restored[1]);
        try (var aside = Files.list(dir)) {
            assertEquals(1, aside.filter(p -> p.getFileName().toString().startsWith("plans.duckdb.before-restore-")
                    && !p.toString().endsWith(".wal")).count(), "the previous file is kept aside");
        }
        try (ServerProcess server = ServerProcess.start(db, plans, dir.resolve("server-2.log"))) {
            PlannerFixture.Client officer = signedIn(server, "officer-nathon");
            assertEquals(Set.of("มาตรการ A <b>&</b>", "มาตรการ B"), titles(officer), "exactly the plans of the live backup");
            assertEquals(401, new PlannerFixture.Client(server.base).login("late-officer", PlannerFixture.PASSWORD).statusCode(),
                    "an account made after the backup is gone with it");
            create(officer, "มาตรการ D"); // the ids' sequence came back with the data: no clash with restored items
            server.stop();
        }

        Files.write(plans, new byte[4096]); // destroyed: zeros where the file was
        Files.deleteIfExists(plans.resolveSibling("plans.duckdb.wal"));
        String[] again = cli("restore", "--plans", plans.toString(), "--from", offline.toString());
        assertEquals("0", again[0], again[1]);
        try (ServerProcess server = ServerProcess.start(db, plans, dir.resolve("server-3.log"))) {
            assertEquals(Set.of("มาตรการ A <b>&</b>", "มาตรการ B", "มาตรการ C"), titles(signedIn(server, "officer-nathon")));
            signedIn(server, "late-officer");
            assertTrue(signedIn(server, "admin1").get("/admin/users").body().contains("<td>plans.backup</td>"),
                    "the live download is in the audit log");
            server.stop();
        }
    }

    @Test
    void a_file_that_is_not_a_readable_plans_file_is_refused_and_the_plans_file_is_untouched() throws Exception {
        Path plans = planner("kept.duckdb");
        Path good = dir.resolve("good-backup.duckdb");
        assertEquals("0", cli("backup", "--plans", plans.toString(), "--out", good.toString())[0]);
        byte[] before = Files.readAllBytes(plans);

        Path noise = dir.resolve("noise.duckdb");
        byte[] random = new byte[300_000];
        new Random(9).nextBytes(random);
        Files.write(noise, random);
        Path truncated = dir.resolve("truncated.duckdb");
        byte[] whole = Files.readAllBytes(good);
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 3));
        Path newer = dir.resolve("newer.duckdb");
        Files.copy(good, newer);
        try (Connection c = DuckDbStore.openWritable(newer); Statement st = c.createStatement()) {
            st.execute("INSERT INTO plans_schema VALUES (99, now(), 'from the future')");
        }
        Map<Path, String> refusals = Map.of(db, "is not an ITA Insight plans file", noise, "not a DuckDB file, or damaged",
                truncated, "not a DuckDB file, or damaged", newer, "schema version 99", dir.resolve("absent.duckdb"), "no such file");
        for (Map.Entry<Path, String> r : refusals.entrySet()) {
            String[] out = cli("restore", "--plans", plans.toString(), "--from", r.getKey().toString());
            assertEquals("2", out[0], r.getKey() + ": " + out[1]);
            assertTrue(out[1].contains(r.getValue()), r.getKey() + ": " + out[1]);
            assertTrue(out[1].lines().anyMatch(l -> l.codePoints().anyMatch(cp -> Character.UnicodeBlock.of(cp)
                    == Character.UnicodeBlock.THAI)), "the reason in Thai too: " + out[1]);
            assertArrayEquals(before, Files.readAllBytes(plans), r.getKey() + " left the plans file as it was");
        }
        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("kept.duckdb.")).toList(), "no half-restored or aside file");
        }
    }
}
