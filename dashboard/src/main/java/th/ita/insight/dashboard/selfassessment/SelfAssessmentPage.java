package th.ita.insight.dashboard.selfassessment;

import th.ita.insight.dashboard.web.AgencyNav;
import th.ita.insight.dashboard.web.Layout;
import th.ita.insight.text.Language;

import java.util.Locale;
import java.util.Map;

import static th.ita.insight.dashboard.web.Html.escape;

/**
 * Renders an agency's self-assessment: clearly labelled as projected from its own survey, the tools
 * with respondents and intervals, the projected total against the last official one, and per question
 * where it moved and what is still weak. Aggregates only; a hidden score (under 5 respondents) shows "–".
 */
final class SelfAssessmentPage {
    private SelfAssessmentPage() {
    }

    static String render(Map<String, Object> agency, SelfAssessmentData d, int navYear, Language lang, String toggle) {
        String id = (String) agency.get("agency_id");
        String name = (String) agency.get("name_th");
        StringBuilder h = Layout.open(name + " — " + lang.pick("ประเมินตนเอง", "Self-assessment"), lang, toggle);
        AgencyNav.render(h, id, name, navYear, lang, AgencyNav.Tab.SELF_ASSESSMENT);
        h.append("<p class=\"notice\" id=\"self-assessment-label\"><strong>")
                .append(lang.pick("ผลประเมินตนเอง (คาดการณ์จากแบบสำรวจของหน่วยงานเอง) — ไม่ใช่ผลการประเมินทางการของ ป.ป.ช.",
                        "Self-assessment (projected from the agency's own survey) — not the NACC's official result"))
                .append("</strong></p>");
        if (d == null) {
            h.append("<p class=\"empty\" id=\"no-self-assessment\">").append(lang.pick(
                    "ยังไม่มีผลประเมินตนเอง: นำแบบสำรวจ IIT/EIT ของหน่วยงานเข้าด้วย ./ita survey (docs/self-assessment.md)",
                    "No self-assessment yet: load the agency's own IIT/EIT survey with ./ita survey (docs/self-assessment.md)"))
                    .append("</p>");
            return Layout.close(h, false);
        }
        h.append("<nav class=\"years\">");
        for (int y : d.years()) {
            h.append(y == d.year() ? "<strong>" + y + "</strong> " : "<a href=\"?year=" + y + "&amp;lang=" + Layout.code(lang)
                    + "\">" + y + "</a> ");
        }
        h.append("</nav>");
        summary(h, d, lang);
        String base = "/agency/" + escape(Layout.enc(id)) + "/o42.";
        String q = "?source=self&amp;year=" + d.year() + "&amp;lang=" + Layout.code(lang);
        h.append("<p class=\"exports\"><a id=\"self-o42-docx\" href=\"").append(base).append("docx").append(q).append("\">")
                .append(lang.pick("o42 ฉบับประเมินตนเอง (Word)", "o42, self-assessment edition (Word)")).append("</a> · ")
                .append("<a id=\"self-o42-pdf\" href=\"").append(base).append("pdf").append(q).append("\">")
                .append(lang.pick("(PDF)", "(PDF)")).append("</a></p>");
        SelfAssessmentTable.render(h, d, lang);
        return Layout.close(h, false);
    }

    private static void summary(StringBuilder h, SelfAssessmentData d, Language lang) {
        h.append("<table id=\"self-tools\"><thead><tr><th>").append(lang.pick("แบบ", "Tool")).append("</th><th>")
                .append(lang.pick("คะแนนคาดการณ์", "Projected")).append("</th><th>").append(lang.pick("ช่วง 90%", "90% interval"))
                .append("</th><th>").append(lang.pick("ผู้ตอบ", "Respondents")).append("</th><th>")
                .append(lang.pick("ขั้นต่ำ ป.ป.ช.", "NACC minimum")).append("</th><th>").append(lang.pick("คำเตือน", "Warnings"))
                .append("</th></tr></thead><tbody>");
        for (Map<String, Object> t : d.tools()) {
            h.append("<tr><td>").append(escape(str(t.get("tool")))).append("</td><td>").append(num(t.get("score")))
                    .append("</td><td>").append(num(t.get("ci_low"))).append("–").append(num(t.get("ci_high")))
                    .append("</td><td>").append(t.get("respondents")).append("</td><td>").append(t.get("min_respondents") == null
                            ? "–" : t.get("min_respondents")).append("</td><td class=\"warn\">")
                    .append(escape(str(lang == Language.TH ? t.get("warnings_th") : t.get("warnings_en"))).replace("\n", "<br>"))
                    .append("</td></tr>");
        }
        h.append("</tbody></table>");
        Map<String, Object> total = d.total();
        h.append("<section class=\"kpis\"><div class=\"kpi\"><span>").append(lang.pick("คะแนนรวมคาดการณ์ ปี ", "Projected total FY"))
                .append(d.year()).append("</span><strong id=\"self-total\">").append(total == null ? "–" : num(total.get("total")))
                .append("</strong><em>").append(total == null ? "" : escape(str(lang == Language.TH ? total.get("grade_th") : total.get("grade_en"))))
                .append("</em></div>");
        Map<String, Object> off = d.officialTotal();
        h.append("<div class=\"kpi\"><span>").append(lang.pick("ผลทางการล่าสุด", "Last official"))
                .append(off == null ? "" : " " + off.get("fiscal_year")).append("</span><strong id=\"official-total\">")
                .append(off == null ? "–" : num(off.get("total"))).append("</strong><em>")
                .append(off == null ? "" : escape(str(lang == Language.TH ? off.get("grade_th") : off.get("grade_en"))))
                .append("</em></div></section>");
        if (total != null) {
            h.append("<p class=\"run\">").append(lang.pick("ที่มาของคะแนนแต่ละแบบ: ", "Where each tool score comes from: "));
            for (String tool : new String[]{"iit", "eit", "oit"}) {
                h.append(tool.toUpperCase(Locale.ROOT)).append(" ").append(num(total.get(tool))).append(" (")
                        .append(escape(basis(str(total.get(tool + "_basis")), total.get("official_year"), lang))).append(") ");
            }
            h.append("</p>");
        }
    }

    private static String basis(String b, Object year, Language lang) {
        return switch (b) {
            case "self" -> lang.pick("ประเมินตนเอง", "self-assessment");
            case "official" -> lang.pick("ทางการ ปี ", "official FY") + year;
            case "given" -> lang.pick("ผู้ใช้กำหนด", "given");
            default -> "–";
        };
    }

    static String num(Object v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.2f", ((Number) v).doubleValue());
    }

    static String str(Object v) {
        return v == null ? "" : v.toString();
    }
}
