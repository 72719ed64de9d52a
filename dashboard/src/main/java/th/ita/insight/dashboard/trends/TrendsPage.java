package th.ita.insight.dashboard.trends;

import th.ita.insight.dashboard.web.Cells;
import th.ita.insight.dashboard.web.GroupNames;
import th.ita.insight.dashboard.web.ItemText;
import th.ita.insight.dashboard.web.Layout;
import th.ita.insight.text.Language;

import java.util.List;
import java.util.Map;

import static th.ita.insight.dashboard.web.Cells.num;
import static th.ita.insight.dashboard.web.Cells.str;
import static th.ita.insight.dashboard.web.Html.escape;

/** Medians of a peer group (the nation by default) per indicator or question over the years, method changes marked. */
final class TrendsPage {
    private TrendsPage() {
    }

    record Choice(String group, String key, String level, String tool) {
    }

    static String render(Choice c, List<Map<String, Object>> groups, MedianSeries s, Language lang, String toggleHref) {
        String title = lang.pick("แนวโน้มค่ามัธยฐาน", "Median trends") + " — " + GroupNames.of(c.group(), c.key(), lang);
        StringBuilder h = Layout.open(title, lang, toggleHref);
        h.append("<h2 id=\"trends-title\">").append(escape(title)).append("</h2>");
        form(h, c, groups, lang);
        if (s.points().isEmpty()) {
            h.append("<p class=\"empty\" id=\"empty\">").append(lang.pick("ไม่มีค่ามัธยฐานตามตัวเลือกนี้",
                    "No medians for this choice")).append("</p>");
            return Layout.close(h, false);
        }
        List<Object> keys = s.keys().stream().map(k -> (Object) Map.of("key", k.get("row"),
                "name", label(k, lang))).toList();
        h.append("<div id=\"trend-chart\" class=\"chart wide\" role=\"img\" aria-label=\"" + lang.pick("กราฟค่ามัธยฐานรายปี (ตัวเลขอยู่ในตารางใต้กราฟ)", "Chart of the medians by year (figures in the table below)") + "\" aria-describedby=\"medians\" data-years=\"")
                .append(escape(Cells.json(s.years()))).append("\" data-keys=\"").append(escape(Cells.json(keys)))
                .append("\" data-points=\"").append(escape(Cells.json(s.points()))).append("\" data-breaks=\"")
                .append(escape(Cells.json(s.breaks().stream().map(b -> b.get("fiscal_year")).toList())))
                .append("\" data-break-label=\"").append(escape(lang.pick("เปลี่ยนวิธีประเมิน", "method change"))).append("\"></div>");
        h.append("<ul class=\"breaks\" id=\"breaks\">");
        for (Map<String, Object> b : s.breaks()) {
            if (s.years().contains(((Number) b.get("fiscal_year")).intValue())) {
                h.append("<li><strong>").append(b.get("fiscal_year")).append("</strong> ")
                        .append(escape(lang.pick(str(b.get("method_break_note_th")), str(b.get("method_break_note_en"))))).append("</li>");
            }
        }
        h.append("</ul>");
        table(h, s, lang);
        h.append(th.ita.insight.dashboard.export.TableCsv.link("/trends.csv?peer=" + Layout.enc(c.group() + "/" + c.key()) + "&level=" + c.level() + "&tool="
                + c.tool() + "&lang=" + Layout.code(lang), "export-trends-csv", lang));
        return Layout.close(h, true, "trends.js");
    }

    private static void form(StringBuilder h, Choice c, List<Map<String, Object>> groups, Language lang) {
        h.append("<form class=\"filters\" method=\"get\" id=\"filters\"><input type=\"hidden\" name=\"lang\" value=\"")
                .append(Layout.code(lang)).append("\"><label>").append(lang.pick("กลุ่ม ", "Group ")).append("<select name=\"peer\" id=\"peer\">");
        for (Map<String, Object> g : groups) {
            String value = g.get("peer_group") + "/" + g.get("group_key");
            h.append("<option value=\"").append(escape(value)).append('"')
                    .append(value.equals(c.group() + "/" + c.key()) ? " selected" : "").append('>')
                    .append(escape(GroupNames.of(str(g.get("peer_group")), str(g.get("group_key")), lang))).append("</option>");
        }
        h.append("</select></label><label>").append(lang.pick("ระดับ ", "Level ")).append("<select name=\"level\" id=\"level\">");
        for (String[] l : new String[][]{{"total", "คะแนนรวม", "Total"}, {"tool", "เครื่องมือ", "Tools"},
                {"indicator", "ตัวชี้วัด", "Indicators"}, {"question", "รายข้อ", "Questions"}}) {
            h.append("<option value=\"").append(l[0]).append('"').append(l[0].equals(c.level()) ? " selected" : "").append('>')
                    .append(lang.pick(l[1], l[2])).append("</option>");
        }
        h.append("</select></label><label>").append(lang.pick("เครื่องมือ ", "Tool ")).append("<select name=\"tool\" id=\"tool\">")
                .append("<option value=\"\">").append(lang.pick("ทั้งหมด", "all")).append("</option>");
        for (String t : List.of("IIT", "EIT", "OIT")) {
            h.append("<option").append(t.equals(c.tool()) ? " selected" : "").append('>').append(t).append("</option>");
        }
        h.append("</select></label><button type=\"submit\">").append(lang.pick("แสดง", "Show")).append("</button></form>");
    }

    private static void table(StringBuilder h, MedianSeries s, Language lang) {
        Map<String, Map<String, Object>> at = new java.util.HashMap<>();
        for (Map<String, Object> p : s.points()) {
            at.put(p.get("row") + "/" + p.get("fiscal_year"), p);
        }
        List<Integer> breakYears = s.breaks().stream().map(b -> ((Number) b.get("fiscal_year")).intValue()).toList();
        h.append("<table id=\"medians\"><caption>").append(lang.pick("ค่ามัธยฐานรายปี (n = จำนวนหน่วยงาน)",
                "Medians by year (n = agencies)")).append("</caption><thead><tr><th>").append(lang.pick("รายการ", "Item")).append("</th>");
        for (int y : s.years()) {
            h.append("<th class=\"num\" scope=\"col\">").append(y).append(breakYears.contains(y) && s.years().indexOf(y) > 0
                    ? " <span class=\"printed\" title=\"" + escape(lang.pick("เปลี่ยนวิธีประเมิน", "method change")) + "\">┆</span>" : "")
                    .append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (Map<String, Object> k : s.keys()) {
            h.append("<tr data-key=\"").append(escape(str(k.get("row")))).append("\"><th scope=\"row\">").append(escape(label(k, lang)))
                    .append("</th>");
            for (int y : s.years()) {
                Map<String, Object> p = at.get(k.get("row") + "/" + y);
                h.append("<td class=\"num\"").append(p == null ? "" : " title=\"n = " + p.get("n") + "\"").append('>')
                        .append(p == null ? "–" : num(p.get("p50"))).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    /** "e13 wording…" for a row, cut to fit a legend. */
    private static String label(Map<String, Object> k, Language lang) {
        String key = str(k.get("label") != null ? k.get("label") : k.get("key"));
        if (key.equals("total")) {
            return lang.pick("คะแนนรวม", "Total");
        }
        String name = name(k, lang, 60);
        return name.isEmpty() ? key : key + " " + name;
    }

    /** A row's wording; a question's row carries the catalog's flag, so wording it has not confirmed is marked. */
    static String name(Map<String, Object> k, Language lang, int maxLength) {
        String th = (String) k.get("name_th");
        String en = (String) k.get("name_en");
        if (!k.containsKey("text_confirmed")) {
            String name = lang.pick(str(th), en == null ? str(th) : en);
            return name.length() > maxLength ? name.substring(0, maxLength - 1) + "…" : name;
        }
        boolean confirmed = Boolean.TRUE.equals(k.get("text_confirmed"));
        String text = ItemText.text(th, en, confirmed, lang);
        String mark = ItemText.mark(th, en, confirmed, lang);
        String shown = text.length() > maxLength ? text.substring(0, maxLength - 1) + "…" : text;
        return mark == null ? shown : (shown.isEmpty() ? "" : shown + " ") + "(" + mark + ")";
    }
}
