package th.ita.insight.dashboard.export;

import th.ita.insight.dashboard.analysis.WeakPoints;
import th.ita.insight.dashboard.web.Rows;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads an o42 report's figures for one agency-year from the published database. */
final class O42Repository {
    static final String ANALYSIS_ITEM = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";
    static final String MEASURES_ITEM = "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";
    private final Rows rows;

    O42Repository(Rows rows) {
        this.rows = rows;
    }

    O42Report load(Map<String, Object> agency, int year, Comparison comparison) throws SQLException {
        String id = (String) agency.get("agency_id");
        Map<String, Object> total = rows.one("SELECT total, grade, grade_th, grade_en, published_label, iit, eit, oit "
                + "FROM score_total WHERE agency_id = ? AND fiscal_year = ?", id, year);
        Map<String, Object> yearInfo = rows.one("SELECT previous_year, method_break FROM catalog_year WHERE fiscal_year = ?", year);
        Integer previous = null;
        boolean methodBreak = yearInfo != null && Boolean.TRUE.equals(yearInfo.get("method_break"));
        if (comparison != Comparison.NONE && (comparison == Comparison.ALWAYS || !methodBreak)) {
            Map<String, Object> p = rows.one("SELECT max(fiscal_year) AS y FROM score_indicator WHERE agency_id = ? "
                    + "AND fiscal_year = ?", id, year - 1);
            previous = p == null || p.get("y") == null ? null : ((Number) p.get("y")).intValue();
        }
        List<O42Report.IndicatorScore> indicators = new ArrayList<>();
        for (Map<String, Object> r : rows.list("""
                SELECT c.tool, c.indicator, c.name_th, c.name_en, s.score, p.score AS previous
                FROM catalog_indicator c
                LEFT JOIN score_indicator s ON s.agency_id = ? AND s.fiscal_year = c.fiscal_year AND s.indicator = c.indicator
                LEFT JOIN score_indicator p ON p.agency_id = ? AND p.fiscal_year = ? AND p.indicator = c.indicator
                WHERE c.fiscal_year = ? ORDER BY c.indicator""", id, id, previous, year)) {
            indicators.add(new O42Report.IndicatorScore((String) r.get("tool"), ((Number) r.get("indicator")).intValue(),
                    (String) r.get("name_th"), (String) r.get("name_en"), dbl(r.get("score")), dbl(r.get("previous"))));
        }
        String gradeTh = total == null ? null : total.get("grade_th") != null ? (String) total.get("grade_th")
                : (String) total.get("published_label");
        String gradeEn = total == null ? null : total.get("grade_en") != null ? (String) total.get("grade_en") : gradeTh;
        Double sum = total == null ? null : dbl(total.get("total"));
        Double iit = total == null ? null : dbl(total.get("iit"));
        Double eit = total == null ? null : dbl(total.get("eit"));
        Double oit = total == null ? null : dbl(total.get("oit"));
        O42Report.Scores scores = new O42Report.Scores(sum, gradeTh, gradeEn, iit, eit, oit, indicators, previous,
                previous != null && methodBreak,
                Levels.explain(rows, year, sum, iit, eit, oit, total == null ? null : (String) total.get("grade")));
        O42Report.Agency who = new O42Report.Agency(id, (String) agency.get("name_th"), (String) agency.get("agency_type"),
                null, (String) agency.get("province"), (String) agency.get("province_en"));
        return new O42Report(who, year, scores, WeakPoints.load(rows, id, year), answers(rows, year));
    }

    /** The next year's catalog items titled as the NACC titles the o42 and o43 items in FY2562–FY2567. */
    static O42Report.Answers answers(Rows rows, int year) throws SQLException {
        String analysis = null;
        String measures = null;
        for (Map<String, Object> r : rows.list("SELECT code, text_th FROM catalog_question WHERE fiscal_year = ? AND tool = 'OIT' "
                + "AND text_th IN (?, ?)", year + 1, ANALYSIS_ITEM, MEASURES_ITEM)) {
            if (ANALYSIS_ITEM.equals(r.get("text_th"))) {
                analysis = (String) r.get("code");
            } else {
                measures = (String) r.get("code");
            }
        }
        return new O42Report.Answers(analysis, measures);
    }

    private static Double dbl(Object v) {
        return v == null ? null : ((Number) v).doubleValue();
    }
}
