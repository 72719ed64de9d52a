package th.ita.insight.dashboard.analysis;

import th.ita.insight.dashboard.web.Rows;
import th.ita.insight.text.Language;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static th.ita.insight.dashboard.web.Html.escape;

/**
 * The weak points of an agency-year the way the o42 analysis presents them: by theme, each measure
 * with the weak questions it answers (text, score, why), the OIT items that evidence it, and the
 * arithmetic of its expected gain.
 */
final class WeakPointsPage {
    private WeakPointsPage() {
    }

    static String render(Rows rows, Map<String, Object> agency, int year, Language lang, String toggleHref) throws SQLException {
        String id = (String) agency.get("agency_id");
        List<WeakPoints.Theme> themes = WeakPoints.load(rows, id, year);
        String name = str(agency.get("name_th"));
        StringBuilder h = th.ita.insight.dashboard.web.Layout.open(name + " — " + lang.pick("จุดอ่อนและมาตรการ",
                "weak points and measures"), lang, toggleHref);
        th.ita.insight.dashboard.web.AgencyNav.render(h, id, name, year, lang, th.ita.insight.dashboard.web.AgencyNav.Tab.WEAK_POINTS);
        String l = lang == Language.TH ? "th" : "en";
        h.append("<h2>").append(lang.pick("การวิเคราะห์จุดอ่อน ปีงบประมาณ ",
                        "Analysis of weak points, FY")).append(year).append("</h2>");
        h.append(th.ita.insight.dashboard.export.ExportLinks.weakPoints(id, year, lang));
        if (themes.isEmpty()) {
            h.append("<p class=\"empty\" id=\"empty\">").append(lang.pick("ไม่พบจุดอ่อนในปีนี้ หรือปีนี้ไม่มีคะแนนรายข้อ",
                    "No weak points this year, or no item scores this year")).append("</p></main></body></html>");
            return h.toString();
        }
        for (WeakPoints.Theme theme : themes) {
            h.append("<section class=\"theme\"><h3>")
                    .append(theme.numbered() ? lang.pick("ประเด็นที่ ", "Theme ") + theme.number() + " " : "")
                    .append(escape(lang.pick(theme.nameTh(), theme.nameEn()))).append("</h3>");
            for (WeakPoints.Measure m : theme.measures()) {
                measure(h, m, lang);
            }
            h.append("</section>");
        }
        h.append("</main></body></html>");
        return h.toString();
    }

    private static void measure(StringBuilder h, WeakPoints.Measure m, Language lang) {
        h.append("<article class=\"measure\" id=\"m-").append(escape(m.measureId())).append("\"><h4>").append(m.rank()).append(". ")
                .append(escape(lang.pick(m.titleTh(), m.titleEn()))).append("</h4><p>")
                .append(lang.pick("คะแนนรวมที่คาดว่าจะเพิ่มขึ้น ", "Expected gain in the total "))
                .append("<strong class=\"gain\">").append(num(m.expectedGain())).append("</strong>")
                .append(m.oitRefs().isEmpty() ? "" : " · " + lang.pick("อ้างอิงจาก ", "evidence: ")
                        + escape(m.oitRefs().replace(",", ", "))).append("</p>")
                .append("<table><thead><tr><th>").append(lang.pick("ข้อ", "Item")).append("</th><th>")
                .append(lang.pick("ข้อคำถาม", "Question")).append("</th><th class=\"num\">").append(lang.pick("คะแนน", "Score"))
                .append("</th><th class=\"num\">").append(lang.pick("เป้าหมาย", "Target")).append("</th><th class=\"num\">")
                .append(lang.pick("คะแนนรวมเพิ่ม", "Gain")).append("</th><th>").append(lang.pick("เหตุผล", "Why"))
                .append("</th></tr></thead><tbody>");
        for (WeakPoints.Item i : m.items()) {
            h.append("<tr class=\"sev-").append(escape(i.severity())).append("\"><td>").append(escape(i.code()))
                    .append("</td><td>").append(escape(lang.pick(i.textTh(), i.textEn())))
                    .append("</td><td class=\"num\">").append(num(i.score())).append("</td><td class=\"num\">")
                    .append(num(i.target())).append("</td><td class=\"num\" title=\"")
                    .append(String.format(Locale.ROOT, "%.4f × (%.2f − %.2f)", i.share(), i.target(), i.score()))
                    .append("\">").append(num(i.gain())).append("</td><td>")
                    .append(escape(lang.pick(i.reasonTh(), i.reasonEn()))).append("</td></tr>");
        }
        h.append("</tbody></table></article>");
    }

    private static String urlPart(String id) {
        return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String str(Object v) {
        return v == null ? "" : v.toString();
    }
}
