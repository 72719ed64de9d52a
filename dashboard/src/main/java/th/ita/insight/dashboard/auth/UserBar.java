package th.ita.insight.dashboard.auth;

import io.javalin.http.Context;
import th.ita.insight.text.Language;

import static th.ita.insight.dashboard.web.Html.escape;

/** The line on planner pages that says who is signed in, with the logout button and the role's own pages. */
public final class UserBar {
    private UserBar() {
    }

    public static String render(Context ctx, Language lang) {
        User u = CurrentUser.of(ctx);
        if (u == null) {
            return "";
        }
        String l = lang == Language.TH ? "th" : "en";
        StringBuilder h = new StringBuilder("<div class=\"user-bar\" id=\"user-bar\">")
                .append(lang.pick("เข้าสู่ระบบเป็น ", "Signed in as ")).append("<strong id=\"user-name\">").append(escape(u.name()))
                .append("</strong> (").append(escape(lang.pick(u.role().th, u.role().en))).append(")");
        if (u.role() == Role.OFFICER) {
            h.append(" · <a href=\"/agency/").append(escape(th.ita.insight.dashboard.web.Layout.enc(u.agencyId())))
                    .append("/plan?lang=").append(l).append("\">").append(lang.pick("แผนของหน่วยงาน", "My agency's plan")).append("</a>");
        }
        if (Access.canSeeCoverage(u)) {
            h.append(" · <a href=\"/coverage?lang=").append(l).append("\">").append(lang.pick("ความครอบคลุมของแผน", "Plan coverage")).append("</a>");
        }
        if (Access.canManageUsers(u)) {
            h.append(" · <a href=\"/admin/users?lang=").append(l).append("\">").append(lang.pick("จัดการบัญชี", "Accounts")).append("</a>");
        }
        h.append(" <form method=\"post\" action=\"/logout\" class=\"inline\"><input type=\"hidden\" name=\"csrf\" value=\"")
                .append(escape(CurrentUser.csrf(ctx))).append("\"><button type=\"submit\" id=\"logout\">")
                .append(lang.pick("ออกจากระบบ", "Log out")).append("</button></form></div>");
        return h.toString();
    }
}
