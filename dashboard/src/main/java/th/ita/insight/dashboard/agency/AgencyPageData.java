package th.ita.insight.dashboard.agency;

import th.ita.insight.dashboard.web.Rows;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Everything the agency overview shows, read in one place: totals over the years beside the national
 * and same-type medians, the year's tools and ranks, weak items and recommended measures.
 */
record AgencyPageData(Map<String, Object> agency, int year, List<Integer> years, List<Map<String, Object>> totals,
                      List<Map<String, Object>> tools, List<Map<String, Object>> ranks,
                      List<Map<String, Object>> weak, List<Map<String, Object>> recommendations,
                      List<Integer> breaks) {

    static AgencyPageData load(Rows rows, Map<String, Object> agency, int year, List<Integer> years) throws SQLException {
        String id = (String) agency.get("agency_id");
        String type = (String) agency.get("agency_type_code");
        List<Map<String, Object>> totals = rows.list("""
                SELECT t.fiscal_year, t.total, t.origin, t.grade, t.grade_th, t.grade_en, t.published_label,
                       n.p50 AS national_p50, p.p50 AS type_p50
                FROM score_total t
                LEFT JOIN peer_stats n ON n.fiscal_year = t.fiscal_year AND n.peer_group = 'national'
                     AND n.level = 'total' AND n.key = 'total'
                LEFT JOIN peer_stats p ON p.fiscal_year = t.fiscal_year AND p.peer_group = 'type'
                     AND p.group_key = ? AND p.level = 'total' AND p.key = 'total'
                WHERE t.agency_id = ? ORDER BY t.fiscal_year""", type == null ? "" : type, id);
        List<Map<String, Object>> tools = rows.list("""
                SELECT t.tool, t.score, t.origin, p.p50 AS type_p50, n.p50 AS national_p50
                FROM score_tool t
                LEFT JOIN peer_stats p ON p.fiscal_year = t.fiscal_year AND p.peer_group = 'type' AND p.group_key = ?
                     AND p.level = 'tool' AND p.key = t.tool
                LEFT JOIN peer_stats n ON n.fiscal_year = t.fiscal_year AND n.peer_group = 'national'
                     AND n.level = 'tool' AND n.key = t.tool
                WHERE t.agency_id = ? AND t.fiscal_year = ? ORDER BY t.tool""", type == null ? "" : type, id, year);
        List<Map<String, Object>> ranks = rows.list("""
                SELECT peer_group, group_key, rank, n, percentile FROM peer_rank
                WHERE agency_id = ? AND fiscal_year = ? AND level = 'total'
                ORDER BY CASE peer_group WHEN 'type' THEN 1 WHEN 'province' THEN 2 WHEN 'region' THEN 3 ELSE 4 END""",
                id, year);
        List<Map<String, Object>> weak = rows.list("""
                SELECT w.key, c.text_th, c.text_en, c.text_confirmed, w.score, w.peer_median, w.severity, w.reason_th, w.reason_en
                FROM weak_item w LEFT JOIN catalog_question c ON c.fiscal_year = w.fiscal_year AND c.code = w.key
                WHERE w.agency_id = ? AND w.fiscal_year = ?
                ORDER BY CASE w.severity WHEN 'urgent' THEN 1 WHEN 'improve' THEN 2 ELSE 3 END, w.gap DESC, w.key
                LIMIT 15""", id, year);
        List<Map<String, Object>> recommendations = rows.list("""
                SELECT rank, measure_id, title_th, title_en, expected_gain, questions, oit_refs
                FROM recommendation WHERE agency_id = ? AND fiscal_year = ? ORDER BY rank LIMIT 10""", id, year);
        List<Integer> breaks = rows.list("SELECT fiscal_year FROM catalog_year WHERE method_break ORDER BY 1").stream()
                .map(r -> ((Number) r.get("fiscal_year")).intValue()).toList();
        return new AgencyPageData(agency, year, years, totals, tools, ranks, weak, recommendations, breaks);
    }
}
