package th.ita.insight.dashboard.auth;

import io.javalin.http.Context;
import th.ita.insight.dashboard.web.LoginRequired;

/** The session and account a request carries, as the auth filter found them. */
public final class CurrentUser {
    static final String SESSION = "ita.session";
    static final String USER = "ita.user";

    private CurrentUser() {
    }

    /** The signed-in account, or null. */
    public static User of(Context ctx) {
        return ctx.attribute(USER);
    }

    public static User require(Context ctx) {
        User u = of(ctx);
        if (u == null) {
            throw new LoginRequired();
        }
        return u;
    }

    /** The CSRF token to put in this page's forms; null when the request has no session. */
    public static String csrf(Context ctx) {
        Sessions.Session s = ctx.attribute(SESSION);
        return s == null ? null : s.csrf();
    }

    static Sessions.Session session(Context ctx) {
        return ctx.attribute(SESSION);
    }
}
