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
 * The session cookie is {@code Secure} and the answer carries HSTS exactly when the browser talked TLS: a
 * trusted proxy's {@code X-Forwarded-Proto: https} (login form, sign-in, sign-out), never on plain HTTP, and
 * never because a client that is not a configured proxy claims https (docs/planner.md). Likewise the sign-in
 * throttle counts the browser a trusted proxy names in {@code X-Forwarded-For}, and only such a proxy.
 */
class SecureCookieTest {
    @TempDir
    static Path dir;
    private static DashboardServer behindProxy;
    private static DashboardServer direct;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String HSTS = "Strict-Transport-Security";

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

    @Test
    void hsts_is_sent_only_when_the_browser_talked_tls() throws Exception {
        HttpResponse<String> tls = send(behindProxy, HttpRequest.newBuilder(URI.create("http://x/login")), "https");
        assertEquals("max-age=31536000", tls.headers().firstValue(HSTS).orElse(""));
        HttpResponse<String> api = send(behindProxy, HttpRequest.newBuilder(URI.create("http://x/api/agencies")), "https");
        assertEquals("max-age=31536000", api.headers().firstValue(HSTS).orElse(""), "every answer, not only the login");
        assertTrue(send(behindProxy, HttpRequest.newBuilder(URI.create("http://x/login")), null).headers()
                .firstValue(HSTS).isEmpty(), "plain HTTP");
        assertTrue(send(direct, HttpRequest.newBuilder(URI.create("http://x/login")), "https").headers()
                .firstValue(HSTS).isEmpty(), "a client that is not the proxy cannot claim TLS");
    }

    @Test
    void behind_a_trusted_proxy_the_throttle_counts_the_browser_not_the_proxy() throws Exception {
        // Five failures are free; the sixth attempt from the same browser waits (LoginThrottle). Each attempt
        // names another account, so only the address can be what is throttled.
        for (int i = 1; i <= 5; i++) {
            assertEquals(401, failedLogin(behindProxy, "198.51.100.7, 203.0.113.5", "nobody-a" + i));
        }
        assertEquals(429, failedLogin(behindProxy, "203.0.113.5", "nobody-a6"), "the same browser, whatever it wrote before");
        assertEquals(401, failedLogin(behindProxy, "203.0.113.6", "nobody-b1"), "another browser behind the same proxy");
        assertEquals(429, failedLogin(behindProxy, "203.0.113.5, 127.0.0.1", "nobody-c1"),
                "a trusted proxy's own address in the chain is skipped: the browser before it is counted");
    }

    @Test
    void from_an_untrusted_peer_x_forwarded_for_is_a_claim_and_ignored() throws Exception {
        Path plans = dir.resolve("plans-3.duckdb");
        PlannerFixture.accounts(plans, List.of(PlannerFixture.account("admin1", "admin", null, Set.of())));
        try (DashboardServer untrusting = DashboardServer.create(new DashboardConfig(dir.resolve("ita.duckdb"), "127.0.0.1",
                Duration.ZERO, 0, plans, ReadAccess.OPEN, Set.of("10.9.9.9"))).start("127.0.0.1", 0)) {
            for (int i = 1; i <= 5; i++) {
                assertEquals(401, failedLogin(untrusting, "203.0.113." + i, "nobody-u" + i));
            }
            assertEquals(429, failedLogin(untrusting, "203.0.113.99", "nobody-u6"),
                    "a new X-Forwarded-For per attempt does not escape the throttle");
        }
    }

    /** One sign-in with a wrong password, through the form as a browser would: the status answered. */
    private static Integer failedLogin(DashboardServer s, String forwardedFor, String name) throws Exception {
        HttpResponse<String> form = send(s, HttpRequest.newBuilder(URI.create("http://x/login"))
                .header("X-Forwarded-For", forwardedFor), null);
        Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertTrue(csrf.find());
        return send(s, HttpRequest.newBuilder(URI.create("http://x/login"))
                .header("Cookie", cookie(form).split(";")[0]).header("X-Forwarded-For", forwardedFor)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + csrf.group(1) + "&name=" + name + "&password=wrong")), null)
                .statusCode();
    }
}
