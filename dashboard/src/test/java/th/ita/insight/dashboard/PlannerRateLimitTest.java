package th.ita.insight.dashboard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.dashboard.auth.ReadAccess;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Login rate limiting on a server of its own (the limit also counts per address, and every test comes from 127.0.0.1). */
class PlannerRateLimitTest {
    @Test
    void five_wrong_passwords_then_even_the_right_one_waits_with_429(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("ita.duckdb");
        TestDatabases.publish(db, "run-1", 96.98);
        Path plans = dir.resolve("plans.duckdb");
        PlannerFixture.accounts(plans, List.of(PlannerFixture.account("officer-a", "officer", "sao-91-aaaa", Set.of())));
        try (DashboardServer server = DashboardServer.create(new DashboardConfig(db, "127.0.0.1", Duration.ZERO, 0, plans,
                ReadAccess.OPEN)).start("127.0.0.1", 0)) {
            PlannerFixture.Client c = new PlannerFixture.Client("http://127.0.0.1:" + server.port());
            for (int i = 1; i <= 5; i++) {
                HttpResponse<String> wrong = c.login("officer-a", "wrong password " + i);
                assertEquals(401, wrong.statusCode(), "failure " + i + " is only refused");
                assertTrue(wrong.body().contains("ชื่อบัญชีหรือรหัสผ่านไม่ถูกต้อง"));
            }
            HttpResponse<String> limited = c.login("officer-a", PlannerFixture.PASSWORD);
            assertEquals(429, limited.statusCode());
            assertTrue(limited.body().contains("กรุณาลองใหม่ในอีก"), limited.body());
            assertEquals("30", limited.headers().firstValue("Retry-After").orElse(""));
        }
    }

    @Test
    void read_only_pages_can_be_closed_to_anonymous_visitors(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("ita.duckdb");
        TestDatabases.publish(db, "run-1", 96.98);
        Path plans = dir.resolve("plans.duckdb");
        PlannerFixture.accounts(plans, List.of(PlannerFixture.account("officer-a", "officer", "sao-91-aaaa", Set.of())));
        try (DashboardServer server = DashboardServer.create(new DashboardConfig(db, "127.0.0.1", Duration.ZERO,
                DashboardConfig.DEFAULT_CACHE_BYTES, plans, ReadAccess.LOGIN)).start("127.0.0.1", 0)) {
            PlannerFixture.Client c = new PlannerFixture.Client("http://127.0.0.1:" + server.port());
            assertEquals(303, c.get("/").statusCode());
            assertEquals(401, c.get("/api/agencies").statusCode());
            assertEquals(200, c.get("/login").statusCode());
            assertEquals(303, c.login("officer-a", PlannerFixture.PASSWORD).statusCode());
            assertEquals(200, c.get("/").statusCode());
        }
    }
}
