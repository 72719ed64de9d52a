package th.ita.insight.dashboard.agency;

import th.ita.insight.catalog.GradeBand;
import th.ita.insight.dashboard.web.Rows;
import th.ita.insight.scoring.LevelExplanation;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the agency overview shows, read in one place: totals over the years beside the national
 * and same-type medians, the year's tools and ranks, weak items and recommended measures.
 *
 * @param levels why each year's total is at its level, by fiscal year; no entry for a year without bands
 */
record AgencyPageData(Map<String, Object> agency, int year, List<Integer> years, List<Map<String, Object>> totals,
                      List<Map<String, Object>> tools, List<Map<String, Object>> ranks,
                      List<Map<String, Object>> weak, List<Map<String, Object>> recommendations,
                      List<Integer> breaks, Map<Integer, LevelExplanation> levels) {

    static AgencyPageData load(Rows rows, Map<String, Object> agency, int year, List<Integer> years) throws SQLException {
        String id = (String) agency.get("agency_id");
        String type = (String) agency.get("agency_type_code");
        List<Map<String, Object>> totals = rows.list("""
                SELECT t.fiscal_year, t.total, t.origin, t.grade, t.grade_th, t.grade_en, t.published_label,
                       t.iit, t.eit, t.oit, n.p50 AS national_p50, p.p50 AS type_p50
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
        return new AgencyPageData(agency, year, years, totals, tools, ranks, weak, recommendations, breaks,
                levels(new GradeBandRepository(rows).all(), totals));
    }

    /** Why a year's total is at its level; empty where the year has no bands (FY2558–FY2561). */
    Optional<LevelExplanation> level(int fiscalYear) {
        return Optional.ofNullable(levels.get(fiscalYear));
    }

    private static Map<Integer, LevelExplanation> levels(Map<Integer, List<GradeBand>> bands,
                                                         List<Map<String, Object>> totals) {
        Map<Integer, LevelExplanation> out = new HashMap<>();
        for (Map<String, Object> t : totals) {
            int y = ((Number) t.get("fiscal_year")).intValue();
            GradeBandRepository.explain(bands.get(y), (String) t.get("grade"), number(t.get("total")),
                    number(t.get("iit")), number(t.get("eit")), number(t.get("oit"))).ifPresent(e -> out.put(y, e));
        }
        return out;
    }

    private static Double number(Object v) {
        return v == null ? null : ((Number) v).doubleValue();
    }
}
