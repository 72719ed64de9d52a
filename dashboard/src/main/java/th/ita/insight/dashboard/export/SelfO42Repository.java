package th.ita.insight.dashboard.export;

import th.ita.insight.dashboard.analysis.WeakPoints;
import th.ita.insight.dashboard.web.NotFound;
import th.ita.insight.dashboard.web.Rows;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an o42 report's figures from an agency's self-assessment: the projected total and tools, the
 * surveyed indicators (the last official ones for a tool not surveyed, OIT included), compared with
 * the last official indicators, and the weak points found on the projected scores.
 */
final class SelfO42Repository {
    private final Rows rows;

    SelfO42Repository(Rows rows) {
        this.rows = rows;
    }

    O42Report load(Map<String, Object> agency, int year) throws SQLException {
        String id = (String) agency.get("agency_id");
        Map<String, Object> total = rows.one("SELECT * FROM self_assessment_total WHERE agency_id = ? AND fiscal_year = ?",
                id, year);
        if (total == null) {
            throw new NotFound("ไม่มีผลประเมินตนเองของหน่วยงานนี้ในปีงบประมาณ " + year,
                    "no self-assessment of this agency for FY" + year);
        }
        Integer official = total.get("official_year") == null ? lastOfficial(id, year) : ((Number) total.get("official_year")).intValue();
        List<O42Report.IndicatorScore> indicators = new ArrayList<>();
        for (Map<String, Object> r : rows.list("""
                SELECT c.tool, c.indicator, c.name_th, c.name_en, coalesce(s.score, o.score) AS score, o.score AS previous
                FROM catalog_indicator c
                LEFT JOIN self_assessment_indicator s ON s.agency_id = ? AND s.fiscal_year = c.fiscal_year AND s.indicator = c.indicator
                LEFT JOIN score_indicator o ON o.agency_id = ? AND o.fiscal_year = ? AND o.indicator = c.indicator
                WHERE c.fiscal_year = ? ORDER BY c.indicator""", id, id, official, year)) {
            indicators.add(new O42Report.IndicatorScore((String) r.get("tool"), ((Number) r.get("indicator")).intValue(),
                    (String) r.get("name_th"), (String) r.get("name_en"), dbl(r.get("score")), dbl(r.get("previous"))));
        }
        O42Report.Scores scores = new O42Report.Scores(dbl(total.get("total")), (String) total.get("grade_th"),
                (String) total.get("grade_en"), dbl(total.get("iit")), dbl(total.get("eit")), dbl(total.get("oit")),
                indicators, official, false, Levels.explain(rows, year, dbl(total.get("total")), dbl(total.get("iit")),
                dbl(total.get("eit")), dbl(total.get("oit")), (String) total.get("grade")));
        O42Report.Agency who = new O42Report.Agency(id, (String) agency.get("name_th"), (String) agency.get("agency_type"),
                null, (String) agency.get("province"), (String) agency.get("province_en"));
        return new O42Report(who, year, scores, WeakPoints.load(rows, id, year, "self_assessment_"), ReportSource.SELF,
                O42Repository.answers(rows, year));
    }

    private Integer lastOfficial(String id, int year) throws SQLException {
        Map<String, Object> r = rows.one("SELECT max(fiscal_year) AS y FROM score_indicator WHERE agency_id = ? AND fiscal_year <= ?",
                id, year);
        return r == null || r.get("y") == null ? null : ((Number) r.get("y")).intValue();
    }

    private static Double dbl(Object v) {
        return v == null ? null : ((Number) v).doubleValue();
    }
}
