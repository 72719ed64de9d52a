package th.ita.insight.dashboard.planner;

import io.javalin.http.Context;
import th.ita.insight.dashboard.auth.UserBar;
import th.ita.insight.dashboard.web.Layout;
import th.ita.insight.text.Language;

import java.util.List;

import static th.ita.insight.dashboard.web.Html.escape;

/** The overseer's view of plans: per agency in scope, the year's weak items that no planned measure links. */
final class CoveragePage {
    private CoveragePage() {
    }

    static String render(Context ctx, int year, List<Coverage.AgencyCoverage> rows, Language lang) {
        String l = Layout.code(lang);
        StringBuilder h = Layout.open(lang.pick("ความครอบคลุมของแผน", "Plan coverage"), lang, Layout.toggleHref(ctx, lang));
        h.append(UserBar.render(ctx, lang)).append("<h2>").append(lang.pick("ความครอบคลุมของแผน: จุดอ่อนปี ", "Plan coverage: FY"))
                .append(year).append(lang.pick(" ที่ยังไม่มีมาตรการในแผนปี ", " weak items with no measure planned for FY"))
                .append(year + 1).append("</h2>");
        long open = rows.stream().filter(r -> !r.uncovered().isEmpty()).count();
        h.append("<p id=\"summary\">").append(lang.pick("หน่วยงานในความดูแล " + rows.size() + " แห่ง มีจุดอ่อนที่ยังไม่มีมาตรการ " + open + " แห่ง",
                rows.size() + " agencies in your scope, " + open + " with weak items no measure covers")).append("</p>");
        h.append("<table id=\"coverage\"><thead><tr><th>").append(lang.pick("หน่วยงาน", "Agency")).append("</th><th>")
                .append(lang.pick("จังหวัด", "Province")).append("</th><th class=\"num\">").append(lang.pick("จุดอ่อน", "Weak items"))
                .append("</th><th class=\"num\">").append(lang.pick("มาตรการในแผน", "Planned measures")).append("</th><th>")
                .append(lang.pick("ข้อที่ยังไม่มีมาตรการ", "Items without a measure")).append("</th></tr></thead><tbody>");
        for (Coverage.AgencyCoverage r : rows) {
            h.append("<tr data-agency=\"").append(escape(r.agencyId())).append("\"><td><a href=\"/agency/").append(escape(Layout.enc(r.agencyId())))
                    .append("/plan?year=").append(year).append("&amp;lang=").append(l).append("\">").append(escape(r.name()))
                    .append("</a></td><td>").append(escape(r.province())).append("</td><td class=\"num\">").append(r.weak())
                    .append("</td><td class=\"num\">").append(r.planItems()).append("</td><td class=\"uncovered\">")
                    .append(escape(String.join(", ", r.uncovered()))).append("</td></tr>");
        }
        h.append("</tbody></table>");
        return Layout.close(h, false);
    }
}
