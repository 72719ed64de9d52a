package th.ita.insight.dashboard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.dashboard.auth.ReadAccess;
import th.ita.insight.store.DuckDbStore;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile HTTP traffic against the real server on the sample (docs/reliability.md): every route of
 * docs/api.md and docs/planner.md, each parameter in turn replaced by SQL fragments, path traversal,
 * 10 kB strings, invalid UTF-8 percent-encodings, NUL, CRLF, Thai and random bytes. No answer may be a
 * 5xx, show a stack trace or name an exception class, or lack the security headers.
 */
@org.junit.jupiter.api.Tag("reliability")
class HostileTrafficTest {
    /** Already percent-encoded, as an attacker would put them on the wire. */
    private static final List<String> HOSTILE = List.of(
            "'%20OR%201=1--", "1;DROP%20TABLE%20agency", "'%20UNION%20SELECT%20*%20FROM%20duckdb_settings()--",
            "..%2F..%2F..%2Fetc%2Fpasswd", "../../etc/passwd", "%2e%2e%2f%2e%2e%2f", "%C0%AF", "%FF", "%FE%FF",
            "%E0%B8", "%00", "a%00b", "%0D%0ASet-Cookie:%20x=1", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "%E0%B8%AA%E0%B8%95%E0%B8%B9%E0%B8%A5", "-1", "99999999999999999999", "2566.5", "NaN", "%20", "",
            "%25", "%", "%zz", "{}", "%7B%22a%22:1%7D", "x".repeat(10_000));
    /** Where the fuzzed value goes: {v} in the path or as a query value. */
    private static final List<String> ROUTES = List.of(
            "/?q={v}&lang={v}", "/api/agencies?q={v}", "/api/agencies/{v}", "/api/agencies/{id}?year={v}",
            "/api/agencies/{id}/scores?year={v}", "/api/agencies/{v}/scores?year=2566",
            "/api/agencies/{id}/weak-items?year={v}", "/api/agencies/{id}/recommendations?year={v}",
            "/api/agencies/{id}/trends?level={v}", "/api/agencies/{id}/peers?year={v}",
            "/api/peer-groups/{v}/all/stats?year=2566&level=total", "/api/peer-groups/province/{v}/stats?year={v}&level={v}",
            "/api/peer-groups/type/{v}/weak-questions?year={v}", "/api/peer-groups/national/all/weak-on?year=2566&question={v}",
            "/api/agencies/{id}/indicators?year={v}", "/api/agencies/{id}/questions/{v}?year=2566",
            "/api/agencies/{id}/questions/i1?year={v}", "/api/trends?group={v}&key={v}&level={v}&tool={v}",
            "/agency/{v}", "/agency/{id}?year={v}&lang={v}", "/agency/{id}/indicators?year={v}",
            "/agency/{id}/questions?year={v}&tool={v}&indicator={v}&q={v}", "/agency/{id}/weak-points?year={v}",
            "/agency/{id}/what-if?year={v}&t.e13={v}", "/agency/{id}/what-if?year=2566&t.{v}=100",
            "/group/{v}/{v}?year={v}&agency={v}&question={v}", "/group/province/{v}?year=2566",
            "/trends?peer={v}&level={v}&tool={v}", "/agency/{id}/o42.docx?year={v}&lang={v}&digits={v}&compare={v}",
            "/agency/{id}/o42.pdf?year=2566&digits={v}", "/agency/{id}/weak-items.csv?year={v}&lang={v}",
            "/agencies.csv?lang={v}", "/group/{v}/{v}/agencies.csv?year={v}", "/group/national/all/weak-questions.csv?year={v}",
            "/group/province/{v}/export.xlsx?year={v}", "/login?next={v}", "/agency/{id}/plan?year={v}&view={v}",
            "/agency/{id}/plan/items/{v}", "/coverage?year={v}", "/admin/users?x={v}", "/agency/{id}/o43.docx?year={v}&group={v}",
            "/api/agencies/{id}/plans?year={v}", "/static/{v}", "/webjars/{v}", "/{v}",
            "/admin/backup?x={v}", "/agency/{id}/indicators.csv?year={v}&lang={v}", "/agency/{id}/o43.pdf?year={v}&group={v}&digits={v}",
            "/agency/{id}/questions.csv?year={v}&tool={v}&lang={v}", "/agency/{v}/self-assessment?year={v}&lang={v}",
            "/agency/{id}/totals.csv?lang={v}", "/favicon.ico?x={v}", "/group/{v}/{v}/weak-on.csv?year={v}&question={v}",
            "/health?x={v}", "/trends.csv?peer={v}&level={v}&tool={v}");
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\bat [a-z]+\\.[a-z]+\\.|java\\.(lang|sql|io)\\.|org\\.(eclipse|duckdb|apache)\\.|th\\.ita\\.insight|SQLException|Binder Error|Parser Error");

    @TempDir
    static Path dir;
    private static DashboardServer server;
    private static String base;
    private static String nathon;
    private static int fuzzRequests;
    private static int fiveHundreds;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        Path db = dir.resolve("ita.duckdb");
        PlannerFixture.publishSample(db, "run-1", Set.of());
        try (Connection c = DuckDbStore.openReadOnly(db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT agency_id FROM agency WHERE name_th = '" + PlannerFixture.NATHON + "'")) {
            rs.next();
            nathon = rs.getString(1);
        }
        server = DashboardServer.create(new DashboardConfig(db, "127.0.0.1", Duration.ZERO,
                DashboardConfig.DEFAULT_CACHE_BYTES, dir.resolve("plans.duckdb"), ReadAccess.OPEN)).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() throws java.io.IOException {
        if (server != null) {
            server.close();
        }
        // For ./ita reliability's summary (docs/reliability.md); written even when a check failed.
        th.ita.insight.dashboard.reliability.ReliabilityCounts.write("fuzz",
                java.util.Map.of("fuzz_requests", fuzzRequests, "fuzz_5xx", fiveHundreds));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What every answer must satisfy, whatever was asked. */
    private static void assertSafe(String what, HttpResponse<String> r) {
        if (r.statusCode() >= 500) {
            fiveHundreds++;
        }
        assertTrue(r.statusCode() < 500, what + " → " + r.statusCode() + " " + abbreviate(r.body()));
        assertTrue(!LEAK.matcher(r.body()).find(), what + " leaks internals: " + abbreviate(r.body()));
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'")
                && !csp.contains("unsafe-inline"), what + " CSP: " + csp);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), what);
        r.headers().allValues("Set-Cookie").forEach(cookie ->
                assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), what + " cookie: " + cookie));
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    @Test
    void no_hostile_value_in_any_parameter_gives_a_5xx_a_stack_trace_or_a_missing_security_header() throws Exception {
        Random random = new Random(9);
        List<String> values = new ArrayList<>(HOSTILE);
        for (int i = 0; i < 20; i++) {
            StringBuilder junk = new StringBuilder();
            for (int b = 0; b < 1 + random.nextInt(40); b++) {
                junk.append('%').append(String.format("%02X", random.nextInt(256)));
            }
            values.add(junk.toString());
        }
        int sent = 0;
        for (String route : ROUTES) {
            for (String v : values) {
                String path = route.replace("{id}", nathon).replace("{v}", v);
                if (path.contains("//") || !path.startsWith("/")) {
                    continue; // an empty path segment is another route, not a value
                }
                URI uri;
                try {
                    uri = URI.create(base + path);
                } catch (IllegalArgumentException e) {
                    continue; // not sendable as a URI (e.g. a bare %): the HTTP client refuses it before the server
                }
                sent++;
                fuzzRequests = sent;
                assertSafe("GET " + path, send(HttpRequest.newBuilder(uri).GET()));
            }
        }
        // The what-if calculator takes a JSON body from anyone: hostile bodies are 400s, never 500s.
        for (String body : List.of("", "{", "null", "[]", "{\"targets\": null}", "{\"targets\": {\"e13\": \"'; DROP TABLE x\"}}",
                "{\"targets\": {\"../x\": 1e999}}", "{\"targets\": {\"e13\": -5, \"zz\": 100}}", "\u0000", "x".repeat(100_000))) {
            sent++;
            fuzzRequests = sent;
            assertSafe("POST what-if " + abbreviate(body), send(HttpRequest.newBuilder(URI.create(base + "/api/agencies/" + nathon
                    + "/what-if?year=2566")).POST(HttpRequest.BodyPublishers.ofString(body))));
        }
        System.out.println("hostile traffic: " + sent + " requests, 0 answers 5xx or leaking internals");
        assertTrue(sent > 1000, "requests sent: " + sent);
    }

    /** The route list is the server's own (the one AuthorisationMatrixTest covers): none escapes the fuzzing. */
    @Test
    void every_route_the_server_registers_for_get_is_fuzzed() {
        List<String> missing = server.routes().stream().filter(r -> r.startsWith("GET ")).map(r -> r.substring(4))
                .filter(route -> ROUTES.stream().map(t -> t.replaceAll("\\?.*", "").replace("{id}", "x").replace("{v}", "x"))
                        .noneMatch(path -> path.matches(route.replace(".", "\\.").replaceAll("\\{[^}]+}", "[^/]+"))))
                .toList();
        assertEquals(List.of(), missing, "GET routes no fuzz template reaches");
    }

    @Test
    void pages_api_static_files_errors_and_downloads_all_carry_the_security_headers() throws Exception {
        for (String path : List.of("/", "/api/agencies", "/agency/" + nathon + "?year=2566", "/static/favicon.svg",
                "/no/such/page", "/api/agencies/nope", "/agencies.csv", "/agency/" + nathon + "/o42.docx?year=2566",
                "/login", "/health")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
            assertSafe("GET " + path, r);
        }
    }
}
