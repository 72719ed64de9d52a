package th.ita.insight.dashboard.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import th.ita.insight.agency.AgencyType;
import th.ita.insight.dashboard.web.Rows;
import th.ita.insight.text.Language;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static th.ita.insight.dashboard.web.Html.escape;

/**
 * The overseer's view of a peer group in a year: how its totals are distributed, every agency with
 * its rank and weak-item count (searchable), and the questions weak in most of its agencies.
 */
final class GroupPage {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GroupPage() {
    }

    static String render(Rows rows, String group, String key, int year, List<Integer> years, Language lang) throws SQLException {
        Map<String, Object> stats = rows.one("SELECT n, mean, p10, p25, p50, p75, p90 FROM peer_stats WHERE fiscal_year = ? "
                + "AND peer_group = ? AND group_key = ? AND level = 'total' AND key = 'total'", year, group, key);
        List<Map<String, Object>> agencies = rows.list("""
                SELECT a.agency_id, a.name_th, a.agency_type, a.province, r.score AS total, r.rank, r.n, t.grade_th,
                       t.grade_en, t.published_label,
                       CASE WHEN EXISTS (SELECT 1 FROM score_question q WHERE q.agency_id = r.agency_id
                                         AND q.fiscal_year = r.fiscal_year)
                            THEN (SELECT count(*) FROM weak_item w WHERE w.agency_id = r.agency_id
                                  AND w.fiscal_year = r.fiscal_year) END AS weak
                FROM peer_rank r JOIN agency a USING (agency_id)
                JOIN score_total t ON t.agency_id = r.agency_id AND t.fiscal_year = r.fiscal_year
                WHERE r.fiscal_year = ? AND r.peer_group = ? AND r.group_key = ? AND r.level = 'total'
                ORDER BY r.rank, a.name_th""", year, group, key);
        List<Map<String, Object>> weak = rows.list("""
                SELECT s.key, c.text_th, c.text_en, s.n_weak, s.n_agencies, s.share FROM weak_share s
                LEFT JOIN catalog_question c ON c.fiscal_year = s.fiscal_year AND c.code = s.key
                WHERE s.fiscal_year = ? AND s.peer_group = ? AND s.group_key = ? ORDER BY s.share DESC, s.key LIMIT 15""",
                year, group, key);
        String l = lang == Language.TH ? "th" : "en";
        String title = title(group, key, lang);
        StringBuilder h = new StringBuilder(32_768);
        h.append("<!doctype html><html lang=\"").append(l).append("\"><head><meta charset=\"utf-8\"><title>").append(escape(title))
                .append(" — ITA Insight</title><link rel=\"stylesheet\" href=\"/static/app.css\"></head><body><header><h1>")
                .append("<a href=\"/?lang=").append(l).append("\">ITA Insight</a></h1><nav><a id=\"lang-toggle\" href=\"?year=")
                .append(year).append("&amp;lang=").append(lang == Language.TH ? "en" : "th").append("\">")
                .append(lang == Language.TH ? "English" : "ภาษาไทย").append("</a></nav></header><main><h2>").append(escape(title))
                .append(lang.pick(" ปีงบประมาณ ", ", FY")).append(year).append("</h2><nav class=\"years\">");
        for (int y : years) {
            h.append(y == year ? "<strong>" + y + "</strong> " : "<a href=\"?year=" + y + "&amp;lang=" + l + "\">" + y + "</a> ");
        }
        h.append("</nav>");
        h.append(th.ita.insight.dashboard.export.ExportLinks.group(group, key, year, lang));
        if (stats == null || agencies.isEmpty()) {
            h.append("<p class=\"empty\" id=\"empty\">").append(lang.pick("ไม่มีคะแนนรวมของกลุ่มนี้ในปีนี้",
                    "No totals for this group in this year")).append("</p></main></body></html>");
            return h.toString();
        }
        long pass = agencies.stream().filter(a -> ((Number) a.get("total")).doubleValue() >= 85).count();
        h.append("<section class=\"kpis\"><div class=\"kpi\"><span>").append(lang.pick("จำนวนหน่วยงาน", "Agencies"))
                .append("</span><strong id=\"kpi-n\">").append(stats.get("n")).append("</strong></div><div class=\"kpi\"><span>")
                .append(lang.pick("ค่ามัธยฐานคะแนนรวม", "Median total")).append("</span><strong id=\"kpi-median\">")
                .append(num(stats.get("p50"))).append("</strong><em>p25 ").append(num(stats.get("p25"))).append(" · p75 ")
                .append(num(stats.get("p75"))).append("</em></div><div class=\"kpi\"><span>")
                .append(lang.pick("ได้ 85 ขึ้นไป", "85 or more")).append("</span><strong id=\"kpi-pass\">").append(pass).append("/")
                .append(agencies.size()).append("</strong></div></section>");
        h.append("<div id=\"histogram\" class=\"chart\" data-title=\"").append(escape(lang.pick("การกระจายของคะแนนรวม",
                "Distribution of totals"))).append("\" data-totals=\"").append(escape(json(agencies.stream()
                .map(a -> a.get("total")).toList()))).append("\"></div>");
        h.append("<label for=\"search\">").append(lang.pick("ค้นหาหน่วยงาน", "Search agency")).append("</label> ")
                .append("<input id=\"search\" type=\"search\" autocomplete=\"off\"><table id=\"agencies\"><thead><tr><th class=\"num\">")
                .append(lang.pick("อันดับ", "Rank")).append("</th><th>").append(lang.pick("หน่วยงาน", "Agency")).append("</th><th>")
                .append(lang.pick("ประเภท", "Type")).append("</th><th>").append(lang.pick("จังหวัด", "Province")).append("</th><th class=\"num\">")
                .append(lang.pick("คะแนนรวม", "Total")).append("</th><th>").append(lang.pick("ระดับ", "Level")).append("</th><th class=\"num\">")
                .append(lang.pick("ข้อที่อ่อน", "Weak items")).append("</th></tr></thead><tbody>");
        for (Map<String, Object> a : agencies) {
            String level = a.get("grade_th") == null ? str(a.get("published_label")) : lang.pick(str(a.get("grade_th")), str(a.get("grade_en")));
            h.append("<tr><td class=\"num\">").append(a.get("rank")).append("</td><td><a href=\"/agency/")
                    .append(escape(java.net.URLEncoder.encode(str(a.get("agency_id")), java.nio.charset.StandardCharsets.UTF_8)))
                    .append("?year=").append(year).append("&amp;lang=").append(l).append("\">").append(escape(str(a.get("name_th"))))
                    .append("</a></td><td>").append(escape(str(a.get("agency_type")))).append("</td><td>")
                    .append(escape(a.get("province") == null ? "–" : str(a.get("province")))).append("</td><td class=\"num total\">")
                    .append(num(a.get("total"))).append("</td><td>").append(escape(level)).append("</td><td class=\"num\">")
                    .append(a.get("weak") == null ? "–" : a.get("weak")).append("</td></tr>");
        }
        h.append("</tbody></table><p id=\"no-match\" hidden>").append(lang.pick("ไม่พบหน่วยงานที่ตรงกับคำค้น", "No agency matches"))
                .append("</p><h3>").append(lang.pick("ข้อที่อ่อนในหน่วยงานส่วนใหญ่ของกลุ่ม", "Questions weak in most of the group"))
                .append("</h3><table id=\"weak-questions\"><thead><tr><th>").append(lang.pick("ข้อ", "Item")).append("</th><th>")
                .append(lang.pick("ข้อคำถาม", "Question")).append("</th><th class=\"num\">").append(lang.pick("หน่วยงานที่อ่อน", "Weak in"))
                .append("</th><th class=\"num\">%</th></tr></thead><tbody>");
        for (Map<String, Object> w : weak) {
            h.append("<tr><td>").append(escape(str(w.get("key")))).append("</td><td>")
                    .append(escape(lang.pick(str(w.get("text_th")), w.get("text_en") == null ? str(w.get("text_th")) : str(w.get("text_en")))))
                    .append("</td><td class=\"num\">").append(w.get("n_weak")).append("/").append(w.get("n_agencies"))
                    .append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%.1f", ((Number) w.get("share")).doubleValue()))
                    .append("</td></tr>");
        }
        h.append("</tbody></table></main><script src=\"/webjars/echarts/5.5.0/echarts.min.js\"></script>")
                .append("<script src=\"/static/agencies.js\"></script><script src=\"/static/group.js\"></script></body></html>");
        return h.toString();
    }

    static String title(String group, String key, Language lang) {
        return switch (group) {
            case "national" -> lang.pick("หน่วยงานทั้งประเทศ", "All agencies nationally");
            case "province" -> lang.pick("จังหวัด", "Province ") + key;
            case "region" -> lang.pick("ภาค ", "Region ") + key;
            default -> lang.pick("หน่วยงานประเภท ", "Agency type: ") + java.util.Arrays.stream(AgencyType.values())
                    .filter(t -> t.code().equals(key)).findFirst().map(t -> lang.pick(t.nameTh(), t.nameEn())).orElse(key);
        };
    }

    private static String json(Object v) {
        try {
            return JSON.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String num(Object v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.2f", ((Number) v).doubleValue());
    }

    private static String str(Object v) {
        return v == null ? "" : v.toString();
    }
}
