package th.ita.insight.dashboard.selfassessment;

import th.ita.insight.dashboard.web.Rows;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * One agency-year's self-assessment beside the last official results: tools, projected total,
 * every question with its projected score and interval, the official score it compares with (same
 * code in the same year, or through {@code comparable_to} from the year before) and whether it is
 * still weak.
 *
 * @param officialYear the official year compared with, or null when none is comparable
 */
record SelfAssessmentData(int year, List<Integer> years, List<Map<String, Object>> tools, Map<String, Object> total,
                          Map<String, Object> officialTotal, Integer officialYear, List<Map<String, Object>> questions) {

    static SelfAssessmentData load(Rows rows, String id, int year, List<Integer> years) throws SQLException {
        List<Map<String, Object>> tools = rows.list("SELECT * FROM self_assessment_tool WHERE agency_id = ? AND fiscal_year = ? "
                + "ORDER BY tool", id, year);
        Map<String, Object> total = rows.one("SELECT * FROM self_assessment_total WHERE agency_id = ? AND fiscal_year = ?", id, year);
        Map<String, Object> last = rows.one("SELECT max(fiscal_year) AS y FROM score_question WHERE agency_id = ? AND fiscal_year <= ?",
                id, year);
        Integer official = last == null || last.get("y") == null ? null : ((Number) last.get("y")).intValue();
        Map<String, Object> catalog = rows.one("SELECT previous_year FROM catalog_year WHERE fiscal_year = ?", year);
        Object previous = catalog == null ? null : catalog.get("previous_year");
        if (official != null && official != year && (previous == null || official != ((Number) previous).intValue())) {
            official = null;
        }
        Map<String, Object> officialTotal = official == null ? null
                : rows.one("SELECT fiscal_year, total, grade_th, grade_en FROM score_total WHERE agency_id = ? AND fiscal_year = ?",
                id, official);
        List<Map<String, Object>> questions = rows.list("""
                WITH q AS (
                    SELECT q.*, c.text_th, c.text_en, c.text_confirmed, CASE WHEN ? = q.fiscal_year THEN q.question ELSE c.comparable_to END AS official_code
                    FROM self_assessment_question q
                    JOIN catalog_question c ON c.fiscal_year = q.fiscal_year AND c.code = q.question
                    WHERE q.agency_id = ? AND q.fiscal_year = ?)
                SELECT q.tool, q.indicator, q.question, q.text_th, q.text_en, q.text_confirmed, q.score, q.ci_low, q.ci_high, q.respondents,
                       o.score AS official, w.severity, w.reason_th, w.reason_en, ow.key IS NOT NULL AS was_weak
                FROM q
                LEFT JOIN score_question o ON o.agency_id = ? AND o.fiscal_year = ? AND o.question = q.official_code
                LEFT JOIN self_assessment_weak_item w ON w.agency_id = q.agency_id AND w.fiscal_year = q.fiscal_year AND w.key = q.question
                LEFT JOIN weak_item ow ON ow.agency_id = ? AND ow.fiscal_year = ? AND ow.key = q.official_code
                ORDER BY q.tool DESC, q.indicator, CAST(substr(q.question, 2) AS INTEGER)""",
                official, id, year, id, official, id, official);
        return new SelfAssessmentData(year, years, tools, total, officialTotal, official, questions);
    }
}
