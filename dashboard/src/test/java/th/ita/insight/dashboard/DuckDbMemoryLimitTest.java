package th.ita.insight.dashboard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.dashboard.auth.ReadAccess;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DuckDB's memory limit (-Dita.duckdb.memory) reached by a request is the server's answer "not now" — a
 * 503 with Retry-After and a message in the asker's language — never a 500: at national size a
 * nation-wide export can outgrow a small limit (seen at 96 MB).
 */
class DuckDbMemoryLimitTest {
    @TempDir
    static Path dir;

    @Test
    void a_query_over_duckdbs_memory_limit_is_503_with_a_message() throws Exception {
        Path db = dir.resolve("ita.duckdb");
        PlannerFixture.publishSample(db, "run-1", Set.of());
        String before = System.getProperty("ita.duckdb.memory");
        // The limit is read when the server opens the file: set it for this server only.
        System.setProperty("ita.duckdb.memory", "1MB");
        try (DashboardServer server = DashboardServer.create(new DashboardConfig(db, "127.0.0.1", Duration.ZERO, 0,
                dir.resolve("plans.duckdb"), ReadAccess.OPEN)).start("127.0.0.1", 0)) {
            HttpClient http = HttpClient.newHttpClient();
            for (String lang : new String[]{"th", "en"}) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + "/group/national/all/export.xlsx?year=2566&lang=" + lang)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(503, r.statusCode(), r.body());
                assertEquals("30", r.headers().firstValue("Retry-After").orElse(""));
                assertTrue(r.body().contains(lang.equals("th") ? "หน่วยความจำของเซิร์ฟเวอร์ไม่พอ" : "not enough memory"), r.body());
                assertFalse(r.body().contains("SQLException") || r.body().contains("Out of Memory Error"), r.body());
            }
        } finally {
            if (before == null) {
                System.clearProperty("ita.duckdb.memory");
            } else {
                System.setProperty("ita.duckdb.memory", before);
            }
        }
    }
}
