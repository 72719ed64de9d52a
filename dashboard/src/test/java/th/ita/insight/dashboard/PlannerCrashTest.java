package th.ita.insight.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.dashboard.planner.PlanStore;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plans file survives SIGKILL mid-write (docs/reliability.md): the real server in a JVM of its own,
 * three officers creating, updating and noting plan items and an admin adding accounts through the HTTP
 * API, all at once, killed with SIGKILL while they write, several times. After each kill the file opens,
 * every write answered 2xx is there, and no change is half-applied: each item, note and account has
 * exactly its audit rows and no audit row lacks its record. Writes the figures to
 * target/reliability/planner.properties for the suite's summary.
 */
@org.junit.jupiter.api.Tag("reliability")
class PlannerCrashTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIGURES = Path.of("target/reliability/planner.properties");

    @TempDir
    static Path dir;

    /** What the server acknowledged with a 2xx before it was killed. */
    private static final class Acked {
        final Map<Long, String> created = new ConcurrentHashMap<>();
        final Set<Long> updated = ConcurrentHashMap.newKeySet();
        final Map<Long, String> notes = new ConcurrentHashMap<>();
        final Set<String> users = ConcurrentHashMap.newKeySet();
        final AtomicInteger writes = new AtomicInteger();
        final List<String> refused = java.util.Collections.synchronizedList(new ArrayList<>());
    }

    @Test
    void every_acknowledged_write_survives_sigkill_and_no_edit_is_half_applied() throws Exception {
        Path db = dir.resolve("ita.duckdb");
        PlannerFixture.publishSample(db, "run-1", Set.of());
        String nathon = PlannerFixture.agencyId(db, PlannerFixture.NATHON);
        Path plans = dir.resolve("plans.duckdb");
        PlannerFixture.accounts(plans, List.of(PlannerFixture.account("admin1", "admin", null, Set.of()),
                PlannerFixture.account("officer-nathon", "officer", nathon, Set.of())));
        Acked acked = new Acked();
        Random random = new Random(9);
        int rounds = Integer.getInteger("planner.crashes", 5);
        int crashes = 0;
        int lost = 0;
        List<String> broken = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            try (ServerProcess server = ServerProcess.start(db, plans, dir.resolve("server-" + round + ".log"))) {
                int target = acked.writes.get() + 20 + random.nextInt(40);
                AtomicBoolean stop = new AtomicBoolean();
                ExecutorService pool = Executors.newFixedThreadPool(4);
                for (int t = 0; t < 3; t++) {
                    int thread = t;
                    int r = round;
                    pool.submit(() -> officer(server.base, nathon, "r" + r + "-t" + thread, acked, stop));
                }
                int r = round;
                pool.submit(() -> admin(server.base, nathon, "r" + r, acked, stop));
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
                while (acked.writes.get() < target && System.nanoTime() < end) {
                    Thread.sleep(5);
                }
                server.kill(); // while the writers are sending: some requests are in flight, unanswered
                crashes++;
                stop.set(true);
                pool.shutdown();
                assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS), "the writers stop once the server is gone");
                assertTrue(acked.writes.get() >= target, "round " + round + " wrote " + acked.writes.get() + ":\n" + server.log());
            }
            lost += check(plans, acked, broken);
        }
        try (ServerProcess server = ServerProcess.start(db, plans, dir.resolve("server-after.log"))) {
            PlannerFixture.Client officer = new PlannerFixture.Client(server.base);
            assertEquals(303, officer.login("officer-nathon", PlannerFixture.PASSWORD).statusCode(), "the server starts on the file again");
            JsonNode items = JSON.readTree(officer.get("/api/agencies/" + nathon + "/plans?year=2566").body()).get("items");
            Set<Long> shown = new java.util.HashSet<>();
            items.forEach(i -> shown.add(i.get("plan_id").asLong()));
            assertTrue(shown.containsAll(acked.created.keySet()), "every acknowledged item is served after the kills");
            server.stop();
        }
        Files.createDirectories(FIGURES.getParent());
        Files.writeString(FIGURES, "planner_crashes=" + crashes + "\nplanner_lost=" + lost + "\nplanner_writes=" + acked.writes.get()
                + "\n", StandardCharsets.UTF_8);
        System.out.println("planner crash test: " + crashes + " SIGKILLs, " + acked.writes.get() + " acknowledged writes, "
                + lost + " lost, " + broken.size() + " half-applied");
        assertEquals(List.of(), acked.refused, "a live server refused a valid write");
        assertEquals(List.of(), broken, "half-applied changes");
        assertEquals(0, lost, "acknowledged writes missing after a kill");
    }

    /** Creates items, moves each to in progress, notes it — until the server is gone. */
    private static void officer(String base, String agency, String prefix, Acked acked, AtomicBoolean stop) {
        try {
            PlannerFixture.Client c = new PlannerFixture.Client(base);
            c.login("officer-nathon", PlannerFixture.PASSWORD);
            String csrf = c.csrf();
            String path = "/api/agencies/" + agency + "/plans";
            for (int n = 0; !stop.get(); n++) {
                String title = prefix + "-" + n + " มาตรการ";
                Map<String, Object> fields = new HashMap<>(Map.of("year", "2566", "title", title, "questions", "i7",
                        "responsible", "กองคลัง"));
                HttpResponse<String> made = c.json("POST", path, JSON.writeValueAsString(fields), csrf);
                long id = JSON.readTree(expect(201, made, acked)).get("plan_id").asLong();
                acked.created.put(id, title);
                acked.writes.incrementAndGet();
                fields.put("version", 1);
                fields.put("status", "in_progress");
                expect(200, c.json("PUT", path + "/" + id, JSON.writeValueAsString(fields), csrf), acked);
                acked.updated.add(id);
                acked.writes.incrementAndGet();
                HttpResponse<String> noted = c.json("POST", path + "/" + id + "/notes",
                        JSON.writeValueAsString(Map.of("noted_on", "2567-01-15", "text", title + " ทำแล้ว")), csrf);
                acked.notes.put(JSON.readTree(expect(201, noted, acked)).get("note_id").asLong(), title + " ทำแล้ว");
                acked.writes.incrementAndGet();
            }
        } catch (Exception gone) {
            // the server was killed: this request was never answered, so it may or may not be in the file
        }
    }

    /** Adds accounts through the admin page's form — until the server is gone. */
    private static void admin(String base, String agency, String prefix, Acked acked, AtomicBoolean stop) {
        try {
            PlannerFixture.Client c = new PlannerFixture.Client(base);
            c.login("admin1", PlannerFixture.PASSWORD);
            String csrf = c.csrf();
            for (int n = 0; !stop.get(); n++) {
                String name = "officer-" + prefix + "-" + n;
                expect(303, c.form("/admin/users", Map.of("csrf", csrf, "name", name, "role", "officer", "agency", agency,
                        "password", PlannerFixture.PASSWORD)), acked);
                acked.users.add(name);
                acked.writes.incrementAndGet();
            }
        } catch (Exception gone) {
            // as above
        }
    }

    private static String expect(int status, HttpResponse<String> r, Acked acked) {
        if (r.statusCode() != status) {
            acked.refused.add(r.statusCode() + " " + r.body());
            throw new IllegalStateException("refused");
        }
        return r.body();
    }

    /** Opens the file through the real gateway; answers the acknowledged writes missing, adds half-applied edits to {@code broken}. */
    private static int check(Path plans, Acked acked, List<String> broken) throws Exception {
        Map<Long, String[]> items = new HashMap<>();
        Map<Long, String> notes = new HashMap<>();
        Set<String> users = new java.util.HashSet<>();
        Map<String, Integer> audits = new HashMap<>();
        try (PlanStore store = PlanStore.open(plans)) {
            store.read(c -> {
                try (var st = c.createStatement()) {
                    try (ResultSet rs = st.executeQuery("SELECT plan_id, title, version, status FROM plan_item")) {
                        while (rs.next()) {
                            items.put(rs.getLong(1), new String[]{rs.getString(2), rs.getString(3), rs.getString(4)});
                        }
                    }
                    try (ResultSet rs = st.executeQuery("SELECT note_id, text, plan_id FROM plan_note")) {
                        while (rs.next()) {
                            notes.put(rs.getLong(1), rs.getString(2));
                            if (!items.containsKey(rs.getLong(3))) {
                                broken.add("note " + rs.getLong(1) + " of a missing item " + rs.getLong(3));
                            }
                        }
                    }
                    try (ResultSet rs = st.executeQuery("SELECT name FROM app_user")) {
                        while (rs.next()) {
                            users.add(rs.getString(1));
                        }
                    }
                    try (ResultSet rs = st.executeQuery("SELECT action, entity_id, count(*) FROM audit_log GROUP BY ALL")) {
                        while (rs.next()) {
                            audits.put(rs.getString(1) + " " + rs.getString(2), rs.getInt(3));
                        }
                    }
                }
                return null;
            });
        }
        int lost = 0;
        for (Map.Entry<Long, String> e : acked.created.entrySet()) {
            lost += items.containsKey(e.getKey()) && items.get(e.getKey())[0].equals(e.getValue()) ? 0 : 1;
        }
        for (long id : acked.updated) {
            lost += items.containsKey(id) && !items.get(id)[1].equals("1") && items.get(id)[2].equals("in_progress") ? 0 : 1;
        }
        for (Map.Entry<Long, String> e : acked.notes.entrySet()) {
            lost += e.getValue().equals(notes.get(e.getKey())) ? 0 : 1;
        }
        for (String u : acked.users) {
            lost += users.contains(u) ? 0 : 1;
        }
        Map<String, Integer> expected = new HashMap<>();
        items.forEach((id, v) -> {
            expected.put("plan.create " + id, 1);
            if (!v[1].equals("1")) {
                expected.put("plan.update " + id, Integer.parseInt(v[1]) - 1);
            }
        });
        notes.keySet().forEach(id -> expected.put("plan.note " + id, 1));
        users.forEach(name -> expected.put("user.create " + name, 1));
        if (!expected.equals(audits)) {
            Set<String> keys = new java.util.TreeSet<>(expected.keySet());
            keys.addAll(audits.keySet());
            keys.stream().filter(k -> !java.util.Objects.equals(expected.get(k), audits.get(k)))
                    .forEach(k -> broken.add(k + ": records say " + expected.get(k) + " audit row(s), the log has " + audits.get(k)));
        }
        return lost;
    }
}
