package th.ita.insight.dashboard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.dashboard.auth.ReadAccess;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Oversized requests against the real server with a real HTTP client: a body over 1 MB (with a length or
 * chunked, to the open what-if calculator, the login form and the planner API) is a 413 with a Thai and
 * English message, never a 500 or a server that reads on; a header block over 8 kB is Jetty's 431.
 */
class RequestLimitsTest {
    @TempDir
    static Path dir;
    private static DashboardServer server;
    private static String base;
    private static String nathon;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        Path db = dir.resolve("ita.duckdb");
        PlannerFixture.publishSample(db, "run-1", Set.of());
        nathon = PlannerFixture.agencyId(db, PlannerFixture.NATHON);
        server = DashboardServer.create(new DashboardConfig(db, "127.0.0.1", Duration.ZERO, DashboardConfig.DEFAULT_CACHE_BYTES,
                dir.resolve("plans.duckdb"), ReadAccess.OPEN)).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static HttpResponse<String> post(String path, String type, HttpRequest.BodyPublisher body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", type).timeout(Duration.ofSeconds(30))
                .POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_body_over_one_megabyte_is_413_with_a_message_whether_its_length_is_announced_or_chunked() throws Exception {
        byte[] big = ("{\"targets\": {\"e13\": 100}, \"pad\": \"" + "ก".repeat(400_000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(big.length > DashboardServer.MAX_BODY_BYTES);
        for (String path : List.of("/api/agencies/" + nathon + "/what-if?year=2566", "/login", "/api/agencies/" + nathon + "/plans",
                "/agency/" + nathon + "/plan/items")) {
            String type = path.equals("/login") || path.endsWith("/items") ? "application/x-www-form-urlencoded" : "application/json";
            for (HttpRequest.BodyPublisher body : List.of(HttpRequest.BodyPublishers.ofByteArray(big),
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))) {
                HttpResponse<String> r = post(path, type, body);
                String what = path + (body.contentLength() < 0 ? " chunked" : " with a length");
                assertEquals(413, r.statusCode(), what + ": " + r.body());
                assertTrue(r.body().contains("1 MB") && (r.body().contains("ใหญ่เกิน") || r.body().contains("too large")), what + ": " + r.body());
            }
        }
        HttpResponse<String> under = post("/api/agencies/" + nathon + "/what-if?year=2566", "application/json",
                HttpRequest.BodyPublishers.ofString("{\"targets\": {\"e13\": 100}, \"pad\": \"" + "x".repeat(900_000) + "\"}"));
        assertEquals(200, under.statusCode(), "just under the limit is read as usual: " + under.body());
    }

    @Test
    void headers_over_8_kilobytes_are_431_and_a_long_url_414() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/")).header("X-Padding", "a".repeat(20_000))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(431, r.statusCode(), r.body());
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), "Jetty's own answer carries our headers");
        HttpResponse<String> url = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/?q=" + "a".repeat(20_000))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(414, url.statusCode());
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode(), "the server is fine afterwards");
    }
}
