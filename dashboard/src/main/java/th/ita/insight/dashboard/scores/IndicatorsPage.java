package th.ita.insight.dashboard.scores;

import th.ita.insight.dashboard.web.AgencyNav;
import th.ita.insight.dashboard.web.Cells;
import th.ita.insight.dashboard.web.Layout;
import th.ita.insight.dashboard.web.Rows;
import th.ita.insight.text.Language;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static th.ita.insight.dashboard.web.Cells.num;
import static th.ita.insight.dashboard.web.Cells.str;
import static th.ita.insight.dashboard.web.Html.escape;

/**
 * The ten indicators of an agency-year: a radar of this year, last year and the same-type median, and
 * the same numbers as a table. Across a method break last year is drawn but no change is computed.
 */
final class IndicatorsPage {
    private IndicatorsPage() {
    }

    static List<Map<String, Object>> load(Rows rows, Map<String, Object> agency, int year) throws SQLException {
        String id = (String) agency.get("agency_id");
        String type = agency.get("agency_type_code") == null ? "" : (String) agency.get("agency_type_code");
        return rows.list("""
                SELECT c.indicator, c.tool, c.name_th, c.name_en, s.score, s.origin, s.items_scored, s.items_expected,
                       prev.score AS last_score, tp.p50 AS type_p50, np.p50 AS national_p50,
                       (SELECT count(*) FROM weak_item w WHERE w.agency_id = ? AND w.fiscal_year = c.fiscal_year
                                                        AND w.indicator = c.indicator) AS weak
                FROM catalog_indicator c
                LEFT JOIN score_indicator s ON s.agency_id = ? AND s.fiscal_year = c.fiscal_year AND s.indicator = c.indicator
                LEFT JOIN score_indicator prev ON prev.agency_id = ? AND prev.fiscal_year = c.fiscal_year - 1
                     AND prev.indicator = c.indicator
                LEFT JOIN peer_stats tp ON tp.fiscal_year = c.fiscal_year AND tp.peer_group = 'type' AND tp.group_key = ?
                     AND tp.level = 'indicator' AND tp.key = CAST(c.indicator AS VARCHAR)
                LEFT JOIN peer_stats np ON np.fiscal_year = c.fiscal_year AND np.peer_group = 'national'
                     AND np.level = 'indicator' AND np.key = CAST(c.indicator AS VARCHAR)
                WHERE c.fiscal_year = ? ORDER BY c.indicator""", id, id, id, type, year);
    }

    static String render(Map<String, Object> agency, int year, List<Integer> years, List<Map<String, Object>> indicators,
                         boolean methodBreak, Language lang, String toggleHref) {
        String id = (String) agency.get("agency_id");
        StringBuilder h = Layout.open(str(agency.get("name_th")) + " — " + lang.pick("ตัวชี้วัด", "indicators"), lang, toggleHref);
        AgencyNav.render(h, id, str(agency.get("name_th")), year, lang, AgencyNav.Tab.INDICATORS);
        Cells.yearPicker(h, years, year, lang, "");
        h.append("<h2>").append(lang.pick("คะแนนรายตัวชี้วัด ปีงบประมาณ ", "Indicator scores, FY")).append(year).append("</h2>");
        boolean scored = indicators.stream().anyMatch(r -> r.get("score") != null);
        if (!scored) {
            h.append("<p class=\"empty\" id=\"empty\">").append(lang.pick(
                    "ปีนี้ไม่มีคะแนนรายตัวชี้วัดของหน่วยงานนี้ (เผยแพร่เฉพาะคะแนนรวมหรือรายเครื่องมือ)",
                    "No indicator scores for this agency this year (only a total or tool scores were published)")).append("</p>");
            return Layout.close(h, false);
        }
        boolean hasLast = indicators.stream().anyMatch(r -> r.get("last_score") != null);
        String lastLabel = lang.pick("ปี ", "FY") + (year - 1) + (methodBreak ? lang.pick(" (วิธีประเมินต่างกัน)", " (other method)") : "");
        h.append("<div id=\"radar\" class=\"chart square\" role=\"img\" aria-label=\"" + lang.pick("กราฟเรดาร์คะแนนรายตัวชี้วัด (ตัวเลขอยู่ในตาราง)", "Radar chart of the indicator scores (figures in the table)") + "\" aria-describedby=\"indicators\" data-rows=\"")
                .append(escape(Cells.json(indicators))).append("\" data-labels=\"").append(escape(Cells.json(List.of(
                        lang.pick("ปี ", "FY") + year, lastLabel, lang.pick("มัธยฐานประเภทเดียวกัน", "Same-type median")))))
                .append("\" data-lang=\"").append(Layout.code(lang)).append("\"></div>");
        if (methodBreak && hasLast) {
            h.append("<p class=\"note\" id=\"break-note\">").append(lang.pick(
                    "ปีนี้เปลี่ยนวิธีประเมิน: คะแนนปีก่อนแสดงไว้เพื่อดูภาพรวม แต่ไม่คำนวณการเปลี่ยนแปลง",
                    "The method changed this year: last year is shown for orientation, no change is computed")).append("</p>");
        }
        h.append("<table id=\"indicators\"><caption>").append(lang.pick("ตัวชี้วัด 10 ตัว", "The ten indicators"))
                .append("</caption><thead><tr><th class=\"num\">").append(lang.pick("ที่", "No.")).append("</th><th>")
                .append(lang.pick("ตัวชี้วัด", "Indicator")).append("</th><th>").append(lang.pick("เครื่องมือ", "Tool"))
                .append("</th><th class=\"num\">").append(lang.pick("คะแนน", "Score")).append("</th><th class=\"num\">")
                .append(escape(lastLabel)).append("</th><th class=\"num\">").append(lang.pick("เปลี่ยนแปลง", "Change"))
                .append("</th><th class=\"num\">").append(lang.pick("มัธยฐานประเภทเดียวกัน", "Type median"))
                .append("</th><th class=\"num\">").append(lang.pick("มัธยฐานทั้งประเทศ", "National median"))
                .append("</th><th class=\"num\">").append(lang.pick("ข้อที่อ่อน", "Weak items")).append("</th></tr></thead><tbody>");
        for (Map<String, Object> r : indicators) {
            Object score = r.get("score");
            Object last = r.get("last_score");
            String change = score == null || last == null || methodBreak ? "–"
                    : String.format(java.util.Locale.ROOT, "%+.2f", ((Number) score).doubleValue() - ((Number) last).doubleValue());
            h.append("<tr data-indicator=\"").append(r.get("indicator")).append("\"><td class=\"num\">").append(r.get("indicator"))
                    .append("</td><td>").append(escape(lang.pick(str(r.get("name_th")), str(r.get("name_en"))))).append("</td><td>")
                    .append(escape(str(r.get("tool")))).append("</td><td class=\"num score\">").append(num(score))
                    .append(incomplete(r, lang)).append("</td><td class=\"num\">").append(num(last)).append("</td><td class=\"num\">")
                    .append(change).append("</td><td class=\"num\">").append(num(r.get("type_p50"))).append("</td><td class=\"num\">")
                    .append(num(r.get("national_p50"))).append("</td><td class=\"num\"><a href=\"/agency/")
                    .append(escape(Layout.enc(id))).append("/questions?year=").append(year).append("&amp;indicator=")
                    .append(r.get("indicator")).append("&amp;lang=").append(Layout.code(lang)).append("\">").append(r.get("weak"))
                    .append("</a></td></tr>");
        }
        h.append("</tbody></table>").append(th.ita.insight.dashboard.export.TableCsv.link("/agency/" + Layout.enc(id) + "/indicators.csv?year=" + year
                + "&lang=" + Layout.code(lang), "export-indicators-csv", lang));
        return Layout.close(h, true, "indicators.js");
    }

    private static String incomplete(Map<String, Object> r, Language lang) {
        if (r.get("items_scored") == null || r.get("items_scored").equals(r.get("items_expected"))) {
            return "";
        }
        return " <span class=\"printed\">(" + escape(lang.pick("ครบ ", "")) + r.get("items_scored") + "/" + r.get("items_expected")
                + escape(lang.pick(" ข้อ", " items")) + ")</span>";
    }
}
