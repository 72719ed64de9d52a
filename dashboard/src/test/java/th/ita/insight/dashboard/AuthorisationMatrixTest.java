package th.ita.insight.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.dashboard.auth.ReadAccess;
import th.ita.insight.store.DuckDbStore;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every route the server registers × every kind of caller, against the real server: the expected status of
 * each cell is written below, one row per route, in the order of {@link Caller} (docs/planner.md has the
 * same matrix in words). A route the server has and this table lacks fails the test, so a new endpoint
 * cannot ship without its row. Agency A is อบต.นาทอน (สตูล); B is an agency in another province.
 * The table is for {@code --read-access open}; the same routes run again against a server started with
 * {@code --read-access login}, where the one rule of that mode is checked cell by cell: whatever an
 * anonymous caller could read is a sign-in instead (303 to the login page, 401 from the API), except the
 * way in itself; nothing else changes, for anyone.
 */
class AuthorisationMatrixTest {
    enum Caller { ANONYMOUS, OFFICER_OF_A, OFFICER_OF_B, OVERSEER_IN_SCOPE, OVERSEER_OUT_OF_SCOPE, ADMIN }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OPEN = "200 200 200 200 200 200";
    private static final String PLAN_PAGE = "303 200 403 200 403 200";
    private static final String PLAN_EDIT_FORM = "403 303 403 403 403 403";
    private static final String ADMIN_PAGE = "303 403 403 403 403 200";

    /** The request sent for a route: path with {A} and {P1}/{P2} (two items of A), a form or a JSON body. */
    private record Row(String path, Map<String, String> form, String json, String expected) {
        static Row get(String path, String expected) {
            return new Row(path, null, null, expected);
        }
    }

    private static Map<String, Row> table() {
        Map<String, Row> t = new LinkedHashMap<>();
        t.put("GET /", Row.get("/", OPEN));
        t.put("GET /health", Row.get("/health", OPEN));
        t.put("GET /favicon.ico", Row.get("/favicon.ico", "301 301 301 301 301 301"));
        t.put("GET /login", Row.get("/login", OPEN));
        t.put("GET /agencies.csv", Row.get("/agencies.csv", OPEN));
        t.put("GET /trends", Row.get("/trends", OPEN));
        t.put("GET /trends.csv", Row.get("/trends.csv", OPEN));
        for (String page : List.of("", "/indicators", "/indicators.csv", "/o42.docx", "/o42.pdf", "/questions", "/questions.csv",
                "/self-assessment", "/totals.csv", "/weak-items.csv", "/weak-points", "/what-if")) {
            t.put("GET /agency/{id}" + page, Row.get("/agency/{A}" + page + "?year=2566", OPEN));
        }
        for (String api : List.of("", "/indicators", "/peers", "/recommendations", "/scores", "/trends", "/weak-items")) {
            t.put("GET /api/agencies/{id}" + api, Row.get("/api/agencies/{A}" + api + "?year=2566", OPEN));
        }
        t.put("GET /api/agencies", Row.get("/api/agencies", OPEN));
        t.put("GET /api/agencies/{id}/questions/{code}", Row.get("/api/agencies/{A}/questions/i1?year=2566", OPEN));
        t.put("GET /api/trends", Row.get("/api/trends", OPEN));
        t.put("GET /api/peer-groups/{group}/{key}/stats", Row.get("/api/peer-groups/national/all/stats?year=2566&level=total", OPEN));
        t.put("GET /api/peer-groups/{group}/{key}/weak-on", Row.get("/api/peer-groups/type/sao/weak-on?year=2566&question=i1", OPEN));
        t.put("GET /api/peer-groups/{group}/{key}/weak-questions", Row.get("/api/peer-groups/type/sao/weak-questions?year=2566", OPEN));
        t.put("GET /group/{group}/{key}", Row.get("/group/type/sao?year=2566", OPEN));
        for (String file : List.of("agencies.csv", "export.xlsx", "weak-on.csv", "weak-questions.csv")) {
            t.put("GET /group/{group}/{key}/" + file, Row.get("/group/type/sao/" + file + "?year=2566&question=i1", OPEN));
        }
        t.put("POST /api/agencies/{id}/what-if", new Row("/api/agencies/{A}/what-if?year=2566", null, "{\"targets\": {\"e13\": 100}}", OPEN));
        t.put("GET /agency/{id}/plan", Row.get("/agency/{A}/plan?year=2566", PLAN_PAGE));
        t.put("GET /agency/{id}/plan/items/{pid}", Row.get("/agency/{A}/plan/items/{P1}", PLAN_PAGE));
        t.put("GET /agency/{id}/o43.docx", Row.get("/agency/{A}/o43.docx?year=2566", PLAN_PAGE));
        t.put("GET /agency/{id}/o43.pdf", Row.get("/agency/{A}/o43.pdf?year=2566", PLAN_PAGE));
        t.put("GET /api/agencies/{id}/plans", Row.get("/api/agencies/{A}/plans?year=2566", "401 200 403 200 403 200"));
        t.put("POST /agency/{id}/plan/items", new Row("/agency/{A}/plan/items", Map.of("year", "2566", "title", "matrix"), null, PLAN_EDIT_FORM));
        t.put("POST /agency/{id}/plan/items/{pid}", new Row("/agency/{A}/plan/items/{P1}", Map.of("version", "1", "title", "matrix edit"),
                null, PLAN_EDIT_FORM));
        t.put("POST /agency/{id}/plan/items/{pid}/notes", new Row("/agency/{A}/plan/items/{P1}/notes",
                Map.of("noted_on", "2567-01-15", "text", "matrix note"), null, PLAN_EDIT_FORM));
        t.put("POST /api/agencies/{id}/plans", new Row("/api/agencies/{A}/plans", null, "{\"year\": \"2566\", \"title\": \"matrix\"}",
                "403 201 403 403 403 403"));
        t.put("PUT /api/agencies/{id}/plans/{pid}", new Row("/api/agencies/{A}/plans/{P2}", null, "{\"version\": 1, \"title\": \"matrix\"}",
                "403 200 403 403 403 403"));
        t.put("POST /api/agencies/{id}/plans/{pid}/notes", new Row("/api/agencies/{A}/plans/{P2}/notes", null,
                "{\"noted_on\": \"2567-01-15\", \"text\": \"matrix\"}", "403 201 403 403 403 403"));
        t.put("GET /coverage", Row.get("/coverage?year=2566", "303 403 403 200 200 200"));
        t.put("GET /admin/users", Row.get("/admin/users", ADMIN_PAGE));
        t.put("GET /admin/backup", Row.get("/admin/backup", ADMIN_PAGE));
        t.put("POST /admin/users", new Row("/admin/users", Map.of("name", "matrix-officer", "role", "officer", "agency", "{A}",
                "password", PlannerFixture.PASSWORD), null, "403 403 403 403 403 303"));
        // Signing in is for anyone with an account; signing out needs the session's token, so it comes last.
        t.put("POST /login", new Row("/login", Map.of(), null, "303 303 303 303 303 303"));
        t.put("POST /logout", new Row("/logout", Map.of(), null, "403 303 303 303 303 303"));
        return t;
    }

    @TempDir
    static Path dir;
    private static String a;
    private static Deployment open;
    private static Deployment login;

    /** One running server and the two plan items its officer of A made. */
    private record Deployment(DashboardServer server, String base, Map<String, String> items) {
    }

    @BeforeAll
    static void start() throws Exception {
        Path db = dir.resolve("ita.duckdb");
        PlannerFixture.publishSample(db, "run-1", Set.of());
        a = PlannerFixture.agencyId(db, PlannerFixture.NATHON);
        String b;
        String bProvince;
        try (Connection c = DuckDbStore.openReadOnly(db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT agency_id, province FROM agency WHERE province <> 'สตูล' AND agency_id IN "
                     + "(SELECT agency_id FROM score_total WHERE fiscal_year = 2566) ORDER BY agency_id LIMIT 1")) {
            rs.next();
            b = rs.getString(1);
            bProvince = rs.getString(2);
        }
        open = deploy(db, "plans-open.duckdb", ReadAccess.OPEN, b, bProvince);
        login = deploy(db, "plans-login.duckdb", ReadAccess.LOGIN, b, bProvince);
    }

    private static Deployment deploy(Path db, String plansFile, ReadAccess access, String b, String bProvince) throws Exception {
        Path plans = dir.resolve(plansFile);
        PlannerFixture.accounts(plans, List.of(PlannerFixture.account("ADMIN", "admin", null, Set.of()),
                PlannerFixture.account("OFFICER_OF_A", "officer", a, Set.of()),
                PlannerFixture.account("OFFICER_OF_B", "officer", b, Set.of()),
                PlannerFixture.account("OVERSEER_IN_SCOPE", "overseer", null, Set.of("สตูล")),
                PlannerFixture.account("OVERSEER_OUT_OF_SCOPE", "overseer", null, Set.of(bProvince))));
        DashboardServer server = DashboardServer.create(new DashboardConfig(db, "127.0.0.1", Duration.ZERO, 0, plans, access))
                .start("127.0.0.1", 0);
        String base = "http://127.0.0.1:" + server.port();
        PlannerFixture.Client officer = signedIn(base, Caller.OFFICER_OF_A);
        Map<String, String> items = new java.util.HashMap<>();
        for (String item : List.of("P1", "P2")) {
            HttpResponse<String> r = officer.json("POST", "/api/agencies/" + a + "/plans", "{\"year\": \"2566\", \"title\": \"" + item + "\"}",
                    officer.csrf());
            items.put(item, JSON.readTree(r.body()).get("plan_id").asText());
        }
        return new Deployment(server, base, items);
    }

    @AfterAll
    static void stop() {
        for (Deployment d : new Deployment[] {open, login}) {
            if (d != null) {
                d.server().close();
            }
        }
    }

    private static PlannerFixture.Client signedIn(String base, Caller caller) throws Exception {
        PlannerFixture.Client c = new PlannerFixture.Client(base);
        if (caller != Caller.ANONYMOUS) {
            assertEquals(303, c.login(caller.name(), PlannerFixture.PASSWORD).statusCode(), caller + " signs in");
        }
        return c;
    }

    @Test
    void every_route_answers_each_caller_as_the_table_says() throws Exception {
        assertEquals(List.of(), unexpected(open, table()));
    }

    @Test
    void with_read_access_login_an_anonymous_reader_is_sent_to_sign_in_and_nothing_else_changes() throws Exception {
        Map<String, Row> table = new LinkedHashMap<>();
        table().forEach((route, row) -> table.put(route, new Row(row.path(), row.form(), row.json(), loginMode(route, row.expected()))));
        assertEquals("303", table.get("GET /agency/{id}/weak-points").expected().split(" ")[0], "the rule is applied");
        assertEquals(List.of(), unexpected(login, table));
    }

    /** The open table's row as {@code --read-access login} answers it: an anonymous 200 becomes a sign-in. */
    private static String loginMode(String route, String expected) {
        String[] cells = expected.split(" ");
        String path = route.substring(route.indexOf(' ') + 1);
        boolean wayIn = path.equals("/login") || path.equals("/health") || path.equals("/favicon.ico");
        if (cells[Caller.ANONYMOUS.ordinal()].equals("200") && !wayIn) {
            cells[Caller.ANONYMOUS.ordinal()] = path.startsWith("/api/") ? "401" : "303";
        }
        return String.join(" ", cells);
    }

    private static List<String> unexpected(Deployment d, Map<String, Row> table) throws Exception {
        assertEquals(new TreeSet<>(d.server().routes()), new TreeSet<>(table.keySet()), "every registered route has a row, and no more");
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (Caller caller : Caller.values()) {
            PlannerFixture.Client client = signedIn(d.base(), caller);
            for (Map.Entry<String, Row> e : table.entrySet()) {
                int expected = Integer.parseInt(e.getValue().expected().split(" ")[caller.ordinal()]);
                int got = send(d, caller, client, e.getKey(), e.getValue());
                sent++;
                if (got != expected) {
                    wrong.add(e.getKey() + " as " + caller + ": expected " + expected + ", got " + got);
                }
            }
        }
        System.out.println("authorisation matrix (" + d.base() + "): " + table.size() + " routes × " + Caller.values().length
                + " callers, " + sent + " requests, " + wrong.size() + " unexpected");
        return wrong;
    }

    private static int send(Deployment d, Caller caller, PlannerFixture.Client client, String route, Row row) throws Exception {
        String path = fill(d, row.path());
        if (route.equals("POST /login")) {
            // a fresh visitor signs in with its own account (an anonymous one with A's officer's)
            String name = caller == Caller.ANONYMOUS ? Caller.OFFICER_OF_A.name() : caller.name();
            return new PlannerFixture.Client(d.base()).login(name, PlannerFixture.PASSWORD).statusCode();
        }
        String method = route.substring(0, route.indexOf(' '));
        if (method.equals("GET")) {
            return client.bytes(path).statusCode();
        }
        // An anonymous caller has no session and so no token; everyone else sends its own.
        String csrf = caller == Caller.ANONYMOUS || route.endsWith("/what-if") ? null : client.csrf();
        if (row.json() != null) {
            return client.json(method, path, row.json(), csrf).statusCode();
        }
        Map<String, String> form = new LinkedHashMap<>();
        row.form().forEach((k, v) -> form.put(k, fill(d, v)));
        if (csrf != null) {
            form.put("csrf", csrf);
        }
        if (route.equals("POST /admin/users")) {
            form.put("name", "matrix-" + caller.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        return client.form(path, form).statusCode();
    }

    private static String fill(Deployment d, String s) {
        return s.replace("{A}", a).replace("{P1}", d.items().getOrDefault("P1", "")).replace("{P2}", d.items().getOrDefault("P2", ""));
    }
}
