package th.ita.insight.dashboard.auth;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import th.ita.insight.dashboard.web.Forbidden;
import th.ita.insight.dashboard.web.LoginRequired;

import java.sql.SQLException;

/**
 * Runs before every request: finds the session and its account, refuses a state change that lacks the
 * session's CSRF token (form field {@code csrf} or header {@code X-CSRF-Token}), and, when the operator
 * closed the read-only pages, sends anonymous visitors to the login page.
 */
public final class AuthFilter {
    public static final String CSRF_FIELD = "csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    /** Whether this request arrived over TLS (directly or through a trusted proxy): its cookies get Secure. */
    private static final String OVER_TLS = "ita.over-tls";
    /** The browser's address, as {@link TrustedProxies#clientAddress} found it. */
    private static final String CLIENT = "ita.client-address";
    /** A year: a browser that once reached the dashboard over TLS never tries plain HTTP for it again. */
    static final String HSTS = "max-age=31536000";

    private final Sessions sessions;
    private final UserRepository users;
    private final ReadAccess readAccess;
    private final TrustedProxies proxies;

    public AuthFilter(Sessions sessions, UserRepository users, ReadAccess readAccess, TrustedProxies proxies) {
        this.sessions = sessions;
        this.users = users;
        this.readAccess = readAccess;
        this.proxies = proxies;
    }

    public void before(Context ctx) throws SQLException {
        boolean overTls = proxies.secure(ctx);
        ctx.attribute(OVER_TLS, overTls);
        if (overTls) {
            // Only over TLS: browsers ignore it on plain HTTP, and a dashboard reached without a proxy must stay reachable.
            ctx.header("Strict-Transport-Security", HSTS);
        }
        ctx.attribute(CLIENT, proxies.clientAddress(ctx));
        Sessions.Session s = sessions.find(ctx.cookie(Sessions.COOKIE));
        if (s != null && s.signedIn()) {
            User u = users.find(s.userName());
            if (u == null) {
                sessions.remove(s.id()); // the account is gone: so is its session
                s = null;
            } else {
                ctx.attribute(CurrentUser.USER, u);
            }
        }
        ctx.attribute(CurrentUser.SESSION, s);
        HandlerType m = ctx.method();
        if (m != HandlerType.GET && m != HandlerType.HEAD && m != HandlerType.OPTIONS && !computesOnly(ctx.path())) {
            String token = ctx.header(CSRF_HEADER);
            if (token == null) {
                token = ctx.formParam(CSRF_FIELD);
            }
            if (!Sessions.csrfMatches(s, token)) {
                throw new Forbidden("คำขอนี้ไม่มีโทเค็นป้องกันการปลอมแปลงคำขอ (CSRF) ที่ถูกต้อง: เปิดหน้าเดิมใหม่แล้วส่งอีกครั้ง",
                        "this request lacks a valid CSRF token: reload the page and send it again");
            }
        }
        if (readAccess == ReadAccess.LOGIN && CurrentUser.of(ctx) == null && !openToAll(ctx.path())) {
            throw new LoginRequired();
        }
    }

    /** The browser's address (behind a trusted proxy, the one the proxy names), for throttling sign-ins. */
    public static String clientAddress(Context ctx) {
        String address = ctx.attribute(CLIENT);
        return address != null ? address : ctx.ip();
    }

    /**
     * POSTs that change nothing: the what-if calculator takes its targets as a JSON body and only
     * computes, so anonymous visitors (and scripts) may call it without a session.
     */
    private static boolean computesOnly(String path) {
        return path.matches("/api/agencies/[^/]+/what-if");
    }

    /** Reachable without an account even when read-only pages are closed: the way in and what it needs. */
    private static boolean openToAll(String path) {
        return path.equals("/login") || path.startsWith("/static/") || path.startsWith("/webjars/") || path.equals("/health")
                || path.equals("/favicon.ico");
    }

    /**
     * A session cookie: sent HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it), and
     * Secure when the request came over TLS, so the browser never sends it back over plain HTTP.
     */
    public static void setCookie(Context ctx, String id, boolean clear) {
        ctx.res().addHeader("Set-Cookie", Sessions.COOKIE + "=" + (clear ? "" : id) + "; Path=/; HttpOnly; SameSite=Strict"
                + (Boolean.TRUE.equals(ctx.attribute(OVER_TLS)) ? "; Secure" : "") + (clear ? "; Max-Age=0" : ""));
    }
}
