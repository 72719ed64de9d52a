package th.ita.insight.dashboard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.dashboard.auth.ReadAccess;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The session cookie is {@code Secure} exactly when the browser talked TLS: a trusted proxy's
 * {@code X-Forwarded-Proto: https} (login form, sign-in, sign-out), never on plain HTTP, and never because
 * a client that is not a configured proxy claims https (docs/planner.md).
 */
class SecureCookieTest {
    @TempDir
    static Path dir;
    private static DashboardServer behindProxy;
    private static DashboardServer direct;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Path db = dir.resolve("ita.duckdb");
        PlannerFixture.publishSample(db, "run-1", Set.of());
        Path plans = dir.resolve("plans.duckdb");
        Path plans2 = dir.resolve("plans-2.duckdb");
        PlannerFixture.accounts(plans, List.of(PlannerFixture.account("admin1", "admin", null, Set.of())));
        PlannerFixture.accounts(plans2, List.of(PlannerFixture.account("admin1", "admin", null, Set.of())));
        behindProxy = DashboardServer.create(new DashboardConfig(db, "127.0.0.1", Duration.ZERO, 0, plans, ReadAccess.OPEN,
                Set.of("127.0.0.1", "::1"))).start("127.0.0.1", 0);
        direct = DashboardServer.create(new DashboardConfig(db, "127.0.0.1", Duration.ZERO, 0, plans2,
                ReadAccess.OPEN, Set.of("10.9.9.9"))).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        behindProxy.close();
        direct.close();
    }

    private static HttpResponse<String> send(DashboardServer s, HttpRequest.Builder b, String proto) throws Exception {
        b.uri(URI.create("http://127.0.0.1:" + s.port() + b.build().uri().getPath()));
        if (proto != null) {
            b.header("X-Forwarded-Proto", proto);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<String> r) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("ita_session=")).findFirst().orElseThrow();
    }

    /** Signs in by hand (a cookie jar would not send a Secure cookie over the test's plain HTTP); answers the cookies set. */
    private static List<String> signInAndOut(DashboardServer s, String proto) throws Exception {
        HttpResponse<String> form = send(s, HttpRequest.newBuilder(URI.create("http://x/login")), proto);
        String anonymous = cookie(form);
        Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertTrue(csrf.find());
        HttpResponse<String> login = send(s, HttpRequest.newBuilder(URI.create("http://x/login"))
                .header("Cookie", anonymous.split(";")[0]).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + csrf.group(1) + "&name=admin1&password="
                        + PlannerFixture.enc(PlannerFixture.PASSWORD))), proto);
        assertEquals(303, login.statusCode(), login.body());
        String session = cookie(login);
        HttpResponse<String> page = send(s, HttpRequest.newBuilder(URI.create("http://x/admin/users")).header("Cookie", session.split(";")[0]), proto);
        Matcher token = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(token.find(), page.body());
        HttpResponse<String> logout = send(s, HttpRequest.newBuilder(URI.create("http://x/logout")).header("Cookie", session.split(";")[0])
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("csrf=" + token.group(1))), proto);
        assertEquals(303, logout.statusCode());
        return List.of(anonymous, session, cookie(logout));
    }

    @Test
    void behind_a_trusted_tls_proxy_every_session_cookie_is_secure() throws Exception {
        for (String c : signInAndOut(behindProxy, "https")) {
            assertTrue(c.contains("; Secure") && c.contains("HttpOnly") && c.contains("SameSite=Strict"), c);
        }
        for (String c : signInAndOut(behindProxy, "https, http")) {
            assertTrue(c.contains("; Secure"), "the first hop is the browser's: " + c);
        }
    }

    @Test
    void over_plain_http_or_from_an_untrusted_client_the_cookie_is_not_secure() throws Exception {
        for (String c : signInAndOut(behindProxy, null)) {
            assertFalse(c.contains("Secure"), "plain HTTP, no proxy header: " + c);
        }
        for (String c : signInAndOut(behindProxy, "http")) {
            assertFalse(c.contains("Secure"), c);
        }
        for (String c : signInAndOut(direct, "https")) {
            assertFalse(c.contains("Secure"), "a client that is not the configured proxy cannot claim TLS: " + c);
        }
    }
}
