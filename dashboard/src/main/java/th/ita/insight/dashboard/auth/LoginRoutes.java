package th.ita.insight.dashboard.auth;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import th.ita.insight.dashboard.web.Lang;
import th.ita.insight.dashboard.web.Layout;
import th.ita.insight.dashboard.web.TooManyRequests;
import th.ita.insight.text.Language;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import static th.ita.insight.dashboard.web.Html.escape;

/** Login and logout: the form, the password check behind the rate limiter, a fresh session on success. */
public final class LoginRoutes {
    private LoginRoutes() {
    }

    public static void register(JavalinConfig config, Sessions sessions, UserRepository users, LoginThrottle throttle) {
        config.routes.get("/login", ctx -> {
            Language lang = Lang.of(ctx);
            if (CurrentUser.session(ctx) == null) {
                // The form's CSRF token needs a session to live in, before anyone has signed in.
                Sessions.Session s = sessions.create(null);
                AuthFilter.setCookie(ctx, s.id(), false);
                ctx.attribute(CurrentUser.SESSION, s);
            }
            ctx.html(page(ctx, lang, null));
        });
        config.routes.post("/login", ctx -> {
            Language lang = Lang.of(ctx);
            String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
            String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
            String account = "account:" + name.toLowerCase(Locale.ROOT);
            String address = "ip:" + AuthFilter.clientAddress(ctx);
            Duration wait = max(throttle.waitFor(account), throttle.waitFor(address));
            if (!wait.isZero()) {
                throw new TooManyRequests(wait);
            }
            Optional<User> user = name.isEmpty() ? Optional.empty() : users.authenticate(name, password);
            if (user.isEmpty()) {
                throttle.failure(account);
                throttle.failure(address);
                ctx.status(HttpStatus.UNAUTHORIZED).html(page(ctx, lang, lang.pick("ชื่อบัญชีหรือรหัสผ่านไม่ถูกต้อง",
                        "wrong account name or password")));
                return;
            }
            throttle.success(account);
            // A new session id on sign-in, so an id planted before login is worth nothing after it.
            sessions.remove(ctx.cookie(Sessions.COOKIE));
            Sessions.Session fresh = sessions.create(user.get().name());
            AuthFilter.setCookie(ctx, fresh.id(), false);
            ctx.redirect(next(ctx.formParam("next"), user.get(), lang), HttpStatus.SEE_OTHER);
        });
        config.routes.post("/logout", ctx -> {
            sessions.remove(ctx.cookie(Sessions.COOKIE));
            AuthFilter.setCookie(ctx, "", true);
            ctx.redirect("/", HttpStatus.SEE_OTHER);
        });
    }

    /** Back to the page that asked for a login (same site only), or the role's own page. */
    static String next(String asked, User u, Language lang) {
        if (asked != null && asked.startsWith("/") && !asked.startsWith("//") && !asked.contains("\\") && asked.length() < 500) {
            return asked;
        }
        String l = lang == Language.TH ? "th" : "en";
        return switch (u.role()) {
            case OFFICER -> "/agency/" + Layout.enc(u.agencyId()) + "/plan?lang=" + l;
            case OVERSEER -> "/coverage?lang=" + l;
            case ADMIN -> "/admin/users?lang=" + l;
        };
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String page(Context ctx, Language lang, String error) {
        StringBuilder h = Layout.open(lang.pick("เข้าสู่ระบบ", "Log in"), lang, Layout.toggleHref(ctx, lang));
        h.append("<h2>").append(lang.pick("เข้าสู่ระบบ", "Log in")).append("</h2>");
        User u = CurrentUser.of(ctx);
        if (u != null) {
            h.append(UserBar.render(ctx, lang));
            return Layout.close(h, false);
        }
        h.append("<p>").append(lang.pick("หน้าผลการประเมินเปิดให้ทุกคนอ่าน การวางแผนมาตรการและรายงาน o43 ต้องเข้าสู่ระบบ",
                "The results pages are open to all; planning measures and the o43 report need an account.")).append("</p>");
        if (error != null) {
            h.append("<p class=\"error\" id=\"login-error\" role=\"alert\">").append(escape(error)).append("</p>");
        }
        String next = ctx.formParam("next") != null ? ctx.formParam("next") : ctx.queryParam("next");
        h.append("<form method=\"post\" action=\"/login?lang=").append(Layout.code(lang)).append("\" class=\"login\">")
                .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(escape(CurrentUser.csrf(ctx))).append("\">")
                .append("<input type=\"hidden\" name=\"next\" value=\"").append(escape(next == null ? "" : next)).append("\">")
                .append("<label>").append(lang.pick("ชื่อบัญชี", "Account name"))
                .append(" <input name=\"name\" id=\"name\" autocomplete=\"username\" required maxlength=\"64\"></label>")
                .append("<label>").append(lang.pick("รหัสผ่าน", "Password"))
                .append(" <input name=\"password\" id=\"password\" type=\"password\" autocomplete=\"current-password\" required></label>")
                .append("<button type=\"submit\" id=\"login\">").append(lang.pick("เข้าสู่ระบบ", "Log in")).append("</button></form>");
        return Layout.close(h, false);
    }
}
