package th.ita.insight.dashboard.scores;

import th.ita.insight.dashboard.web.AgencyNav;
import th.ita.insight.dashboard.web.Cells;
import th.ita.insight.dashboard.web.ItemText;
import th.ita.insight.dashboard.web.Layout;
import th.ita.insight.text.Language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static th.ita.insight.dashboard.web.Cells.num;
import static th.ita.insight.dashboard.web.Cells.str;
import static th.ita.insight.dashboard.web.Html.escape;

/**
 * Items × years for one agency: a heatmap coloured by score with weak cells outlined, the same grid as a
 * table, filters by tool and indicator, and a detail panel a click (or ?q=) opens. A row is one item, so
 * a code reused for another item in another year is another row (FY2564, FY2566 and FY2568 o12).
 */
final class QuestionsPage {
    private QuestionsPage() {
    }

    static String render(Map<String, Object> agency, int year, String tool, Integer indicator, String open,
                         QuestionMatrix m, Language lang, String toggleHref) {
        String id = (String) agency.get("agency_id");
        String name = str(agency.get("name_th"));
        StringBuilder h = Layout.open(name + " — " + lang.pick("คะแนนรายข้อ", "question scores"), lang, toggleHref);
        AgencyNav.render(h, id, name, year, lang, AgencyNav.Tab.QUESTIONS);
        h.append("<h2>").append(lang.pick("คะแนนรายข้อ ทุกปี", "Question scores over the years")).append("</h2>");
        filters(h, year, tool, indicator, lang);
        if (m.rows().isEmpty()) {
            h.append("<p class=\"empty\" id=\"empty\">").append(lang.pick(
                    "ไม่มีคะแนนรายข้อของหน่วยงานนี้ตามตัวกรองที่เลือก (บางปีเผยแพร่เฉพาะคะแนนรวมหรือรายตัวชี้วัด)",
                    "No question scores for this agency with these filters (some years only have totals or indicators)"))
                    .append("</p>");
            return Layout.close(h, false);
        }
        List<Object[]> data = new ArrayList<>();
        for (Map<String, Object> c : m.cells()) {
            data.add(new Object[]{m.years().indexOf(((Number) c.get("fiscal_year")).intValue()), m.rowIndex((String) c.get("row")),
                    c.get("score"), c.get("severity"), c.get("code")});
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ItemRows.Row r : m.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", r.id());
            row.put("code", r.code());
            row.put("label", r.codeLabel());
            row.put("title", r.codeLabel() + " " + ItemText.plain(r.text(), lang));
            rows.add(row);
        }
        h.append("<div id=\"heatmap\" class=\"chart tall\" role=\"img\" aria-label=\"" + lang.pick("แผนภาพคะแนนรายข้อรายปี (ตัวเลขอยู่ในตารางใต้แผนภาพ)", "Heatmap of item scores by year (figures in the table below)") + "\" aria-describedby=\"matrix\" data-agency=\"").append(escape(id))
                .append("\" data-lang=\"").append(Layout.code(lang)).append("\" data-year=\"").append(year)
                .append("\" data-open=\"").append(escape(open == null ? "" : open))
                .append("\" data-years=\"").append(escape(Cells.json(m.years()))).append("\" data-breaks=\"")
                .append(escape(Cells.json(m.breaks()))).append("\" data-rows=\"").append(escape(Cells.json(rows)))
                .append("\" data-cells=\"").append(escape(Cells.json(data))).append("\" data-labels=\"").append(escape(Cells.json(List.of(
                        lang.pick("คะแนน", "Score"), lang.pick("ข้อที่อ่อน", "weak"), lang.pick("เปลี่ยนวิธีประเมิน", "method change")))))
                .append("\"></div>");
        h.append("<section id=\"question-detail\" class=\"detail\" aria-live=\"polite\" hidden></section>");
        table(h, m, lang);
        h.append(th.ita.insight.dashboard.export.TableCsv.link("/agency/" + Layout.enc(id) + "/questions.csv?tool=" + tool
                + (indicator == null ? "" : "&indicator=" + indicator) + "&lang=" + Layout.code(lang), "export-questions-csv", lang));
        return Layout.close(h, true, "questions.js");
    }

    private static void filters(StringBuilder h, int year, String tool, Integer indicator, Language lang) {
        h.append("<form class=\"filters\" method=\"get\" id=\"filters\"><input type=\"hidden\" name=\"year\" value=\"").append(year)
                .append("\"><input type=\"hidden\" name=\"lang\" value=\"").append(Layout.code(lang)).append("\"><label>")
                .append(lang.pick("เครื่องมือ ", "Tool ")).append("<select name=\"tool\" id=\"tool\"><option value=\"\">")
                .append(lang.pick("ทั้งหมด", "all")).append("</option>");
        for (String t : List.of("IIT", "EIT", "OIT")) {
            h.append("<option").append(t.equals(tool) ? " selected" : "").append('>').append(t).append("</option>");
        }
        h.append("</select></label><label>").append(lang.pick("ตัวชี้วัด ", "Indicator ")).append("<select name=\"indicator\" id=\"indicator\">")
                .append("<option value=\"\">").append(lang.pick("ทั้งหมด", "all")).append("</option>");
        for (int i = 1; i <= 10; i++) {
            h.append("<option").append(indicator != null && indicator == i ? " selected" : "").append('>').append(i).append("</option>");
        }
        h.append("</select></label><button type=\"submit\">").append(lang.pick("แสดง", "Show")).append("</button></form>");
    }

    private static void table(StringBuilder h, QuestionMatrix m, Language lang) {
        Map<String, Map<String, Object>> cells = m.byRowYear();
        h.append("<table id=\"matrix\" class=\"matrix\"><caption>").append(lang.pick(
                "คะแนนรายข้อรายปี: หนึ่งแถวคือข้อเดียวกันทุกปี ข้อที่เปลี่ยนความหมายขึ้นแถวใหม่ "
                        + "(กรอบแดง = ข้อที่อ่อน; กดที่คะแนนเพื่อดูรายละเอียด)",
                "Scores by item and year: a row is one item over the years, an item that changed starts a new row "
                        + "(red outline = weak; press a score for details)")).append("</caption><thead><tr><th>")
                .append(lang.pick("ข้อ", "Item")).append("</th><th>")
                .append(lang.pick("ข้อคำถาม (ถ้อยคำปี ", "Question (wording of FY")).append(m.selectedYear()).append(")</th>");
        for (int y : m.years()) {
            h.append("<th class=\"num\" scope=\"col\">").append(y).append(m.breaks().contains(y)
                    ? " <span class=\"printed\" title=\"" + escape(lang.pick("เปลี่ยนวิธีประเมิน", "method change")) + "\">┆</span>" : "")
                    .append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (ItemRows.Row row : m.rows()) {
            h.append("<tr data-row=\"").append(escape(row.id())).append("\"><th scope=\"row\">").append(escape(row.code()));
            if (!row.inSelectedYear()) {
                h.append(" <span class=\"printed\">").append(lang.pick("ปี ", "FY")).append(row.span()).append("</span>");
            }
            h.append("</th><td>").append(ItemText.html(row.text(), lang)).append("</td>");
            for (int y : m.years()) {
                Map<String, Object> c = cells.get(row.id() + "/" + y);
                if (c == null) {
                    h.append("<td class=\"num\">–</td>");
                    continue;
                }
                boolean weak = c.get("severity") != null;
                String code = (String) c.get("code");
                h.append("<td class=\"num").append(weak ? " weak-cell" : "").append("\"><button type=\"button\" data-code=\"")
                        .append(escape(code)).append("\" data-year=\"").append(y).append("\"")
                        .append(weak ? " title=\"" + escape(lang.pick(str(c.get("reason_th")), str(c.get("reason_en")))) + "\"" : "")
                        .append('>').append(num(c.get("score")))
                        .append(code.equals(row.code()) ? "" : " <span class=\"printed\">" + escape(code) + "</span>")
                        .append(weak ? " <span class=\"sr\">" + escape(lang.pick("(อ่อน)", "(weak)")) + "</span>" : "")
                        .append("</button></td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }
}
