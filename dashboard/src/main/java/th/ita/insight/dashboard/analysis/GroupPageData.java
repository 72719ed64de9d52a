package th.ita.insight.dashboard.analysis;

import th.ita.insight.dashboard.web.Rows;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * What the overseer's group page shows for a year: the group's distribution, every agency by rank with
 * its weak-item count, the questions weak in most of the group and, when asked, who is weak on one.
 */
public record GroupPageData(String group, String key, int year, List<Integer> years, Map<String, Object> stats,
                     List<Map<String, Object>> agencies, List<Map<String, Object>> weakQuestions,
                     String markedAgency, String question, List<Map<String, Object>> weakOn) {

    /** A peer group's agencies in a year by rank, with tool scores and weak-item counts; params: year, group, key. */
    public static final String AGENCIES_BY_RANK = """
            SELECT r.rank, r.n, a.agency_id, a.name_th, a.agency_type, a.province, a.province_en, t.total, t.grade_th,
                   t.grade_en, t.published_label, t.iit, t.eit, t.oit, r.percentile,
                   CASE WHEN EXISTS (SELECT 1 FROM score_question q WHERE q.agency_id = r.agency_id
                                     AND q.fiscal_year = r.fiscal_year)
                        THEN (SELECT count(*) FROM weak_item w WHERE w.agency_id = r.agency_id
                              AND w.fiscal_year = r.fiscal_year) END AS weak
            FROM peer_rank r JOIN agency a USING (agency_id)
            JOIN score_total t ON t.agency_id = r.agency_id AND t.fiscal_year = r.fiscal_year
            WHERE r.fiscal_year = ? AND r.peer_group = ? AND r.group_key = ? AND r.level = 'total'
            ORDER BY r.rank, a.name_th, a.agency_id""";

    static GroupPageData load(Rows rows, String group, String key, int year, List<Integer> years, String marked,
                              String question) throws SQLException {
        Map<String, Object> stats = rows.one("SELECT n, mean, p10, p25, p50, p75, p90 FROM peer_stats WHERE fiscal_year = ? "
                + "AND peer_group = ? AND group_key = ? AND level = 'total' AND key = 'total'", year, group, key);
        List<Map<String, Object>> agencies = rows.list(AGENCIES_BY_RANK, year, group, key);
        List<Map<String, Object>> weak = rows.list("""
                SELECT s.key, c.text_th, c.text_en, c.text_confirmed, s.n_weak, s.n_agencies, s.share FROM weak_share s
                LEFT JOIN catalog_question c ON c.fiscal_year = s.fiscal_year AND c.code = s.key
                WHERE s.fiscal_year = ? AND s.peer_group = ? AND s.group_key = ? ORDER BY s.share DESC, s.key""",
                year, group, key);
        List<Map<String, Object>> weakOn = question == null ? List.of() : weakOn(rows, year, group, key, question);
        return new GroupPageData(group, key, year, years, stats, agencies, weak, marked, question, weakOn);
    }

    /** The agencies of the group weak on one question that year, weakest first. */
    static List<Map<String, Object>> weakOn(Rows rows, int year, String group, String key, String question) throws SQLException {
        return rows.list("""
                SELECT a.agency_id, a.name_th, a.agency_type, a.province, w.score, w.peer_median, w.severity,
                       ${tiers}, w.reason_th, w.reason_en
                FROM weak_item w JOIN agency a USING (agency_id)
                JOIN (SELECT DISTINCT agency_id FROM peer_rank WHERE fiscal_year = ? AND peer_group = ? AND group_key = ?) g
                     USING (agency_id)
                WHERE w.fiscal_year = ? AND w.key = ? ORDER BY w.score, a.name_th""".replace("${tiers}",
                th.ita.insight.dashboard.export.TierLabels.columns("w.severity")), year, group, key, year, question);
    }

    Double markedTotal() {
        return agencies.stream().filter(a -> a.get("agency_id").equals(markedAgency)).findFirst()
                .map(a -> ((Number) a.get("total")).doubleValue()).orElse(null);
    }
}
