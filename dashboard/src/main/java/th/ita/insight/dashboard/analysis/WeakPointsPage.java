package th.ita.insight.dashboard.analysis;

import th.ita.insight.dashboard.web.Rows;
import th.ita.insight.text.Language;

import java.sql.SQLException;
import java.util.LinkedHashMap;
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
        // Themes in the seed o42's order (ประเด็นที่ 1–7, then by-indicator, then undisclosed OIT items).
        List<Map<String, Object>> recs = rows.list("SELECT r.*, coalesce(m.theme_number, 99) AS theme_number "
                + "FROM recommendation r LEFT JOIN measure m USING (measure_id) WHERE r.agency_id = ? AND r.fiscal_year = ? "
                + "ORDER BY CASE WHEN coalesce(m.theme_number, 99) = 0 THEN 98 ELSE coalesce(m.theme_number, 99) END, r.rank",
                id, year);
        List<Map<String, Object>> items = rows.list("""
                SELECT i.measure_id, i.code, i.score, i.target, i.share, i.gain, c.text_th, c.text_en,
                       w.severity, w.reason_th, w.reason_en
                FROM recommendation_item i
                LEFT JOIN catalog_question c ON c.fiscal_year = i.fiscal_year AND c.code = i.code
                LEFT JOIN weak_item w ON w.agency_id = i.agency_id AND w.fiscal_year = i.fiscal_year AND w.key = i.code
                WHERE i.agency_id = ? AND i.fiscal_year = ? ORDER BY i.gain DESC, i.code""", id, year);
        Map<String, List<Map<String, Object>>> byTheme = new LinkedHashMap<>();
        for (Map<String, Object> r : recs) {
            byTheme.computeIfAbsent(lang.pick(str(r.get("theme_th")), str(r.get("theme_en"))), k -> new java.util.ArrayList<>()).add(r);
        }
        String name = str(agency.get("name_th"));
        StringBuilder h = th.ita.insight.dashboard.web.Layout.open(name + " — " + lang.pick("จุดอ่อนและมาตรการ",
                "weak points and measures"), lang, toggleHref);
        th.ita.insight.dashboard.web.AgencyNav.render(h, id, name, year, lang, th.ita.insight.dashboard.web.AgencyNav.Tab.WEAK_POINTS);
        String l = lang == Language.TH ? "th" : "en";
        h.append("<h2>").append(lang.pick("การวิเคราะห์จุดอ่อน ปีงบประมาณ ",
                        "Analysis of weak points, FY")).append(year).append("</h2>");
        if (recs.isEmpty()) {
            h.append("<p class=\"empty\" id=\"empty\">").append(lang.pick("ไม่พบจุดอ่อนในปีนี้ หรือปีนี้ไม่มีคะแนนรายข้อ",
                    "No weak points this year, or no item scores this year")).append("</p></main></body></html>");
            return h.toString();
        }
        for (Map.Entry<String, List<Map<String, Object>>> theme : byTheme.entrySet()) {
            int number = ((Number) theme.getValue().get(0).get("theme_number")).intValue();
            h.append("<section class=\"theme\"><h3>")
                    .append(number >= 1 && number <= 7 ? lang.pick("ประเด็นที่ ", "Theme ") + number + " " : "")
                    .append(escape(theme.getKey())).append("</h3>");
            for (Map<String, Object> r : theme.getValue()) {
                measure(h, r, items, lang);
            }
            h.append("</section>");
        }
        h.append("</main></body></html>");
        return h.toString();
    }

    private static void measure(StringBuilder h, Map<String, Object> r, List<Map<String, Object>> items, Language lang) {
        String measureId = str(r.get("measure_id"));
        h.append("<article class=\"measure\" id=\"m-").append(escape(measureId)).append("\"><h4>").append(r.get("rank")).append(". ")
                .append(escape(lang.pick(str(r.get("title_th")), str(r.get("title_en"))))).append("</h4><p>")
                .append(lang.pick("คะแนนรวมที่คาดว่าจะเพิ่มขึ้น ", "Expected gain in the total "))
                .append("<strong class=\"gain\">").append(num(r.get("expected_gain"))).append("</strong>")
                .append(str(r.get("oit_refs")).isEmpty() ? "" : " · " + lang.pick("อ้างอิงจาก ", "evidence: ")
                        + escape(str(r.get("oit_refs")).replace(",", ", "))).append("</p>")
                .append("<table><thead><tr><th>").append(lang.pick("ข้อ", "Item")).append("</th><th>")
                .append(lang.pick("ข้อคำถาม", "Question")).append("</th><th class=\"num\">").append(lang.pick("คะแนน", "Score"))
                .append("</th><th class=\"num\">").append(lang.pick("เป้าหมาย", "Target")).append("</th><th class=\"num\">")
                .append(lang.pick("คะแนนรวมเพิ่ม", "Gain")).append("</th><th>").append(lang.pick("เหตุผล", "Why"))
                .append("</th></tr></thead><tbody>");
        for (Map<String, Object> i : items) {
            if (!measureId.equals(i.get("measure_id"))) {
                continue;
            }
            h.append("<tr class=\"sev-").append(escape(str(i.get("severity")))).append("\"><td>").append(escape(str(i.get("code"))))
                    .append("</td><td>").append(escape(lang.pick(str(i.get("text_th")),
                            i.get("text_en") == null ? str(i.get("text_th")) : str(i.get("text_en")))))
                    .append("</td><td class=\"num\">").append(num(i.get("score"))).append("</td><td class=\"num\">")
                    .append(num(i.get("target"))).append("</td><td class=\"num\" title=\"")
                    .append(String.format(Locale.ROOT, "%.4f × (%.2f − %.2f)", ((Number) i.get("share")).doubleValue(),
                            ((Number) i.get("target")).doubleValue(), ((Number) i.get("score")).doubleValue()))
                    .append("\">").append(num(i.get("gain"))).append("</td><td>")
                    .append(escape(lang.pick(str(i.get("reason_th")), str(i.get("reason_en"))))).append("</td></tr>");
        }
        h.append("</tbody></table></article>");
    }

    private static String urlPart(String id) {
        return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String num(Object v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.2f", ((Number) v).doubleValue());
    }

    private static String str(Object v) {
        return v == null ? "" : v.toString();
    }
}
