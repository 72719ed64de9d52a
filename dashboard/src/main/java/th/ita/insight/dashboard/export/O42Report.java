package th.ita.insight.dashboard.export;

import th.ita.insight.dashboard.analysis.WeakPoints;

import java.util.List;

/**
 * Everything an o42 weak-point analysis states about one agency-year (seed 003): who, the year's
 * scores, the weak points by theme with their measures. Plain data, read once from the database.
 */
record O42Report(Agency agency, int year, Scores scores, List<WeakPoints.Theme> themes, ReportSource source) {

    /** The official results as published so far (the seed's document). */
    O42Report(Agency agency, int year, Scores scores, List<WeakPoints.Theme> themes) {
        this(agency, year, scores, themes, ReportSource.OFFICIAL);
    }

    /** District is not in the published database yet, so it is null until the registry carries it. */
    record Agency(String id, String nameTh, String agencyType, String district, String provinceTh, String provinceEn) {
    }

    /**
     * The year's total and level, tool scores, and the ten indicators; {@code previousYear} is set when the
     * indicator table compares with the year before, {@code methodBreak} when that comparison crosses a
     * change of method.
     */
    record Scores(Double total, String gradeTh, String gradeEn, Double iit, Double eit, Double oit,
                  List<IndicatorScore> indicators, Integer previousYear, boolean methodBreak) {
    }

    record IndicatorScore(String tool, int number, String nameTh, String nameEn, Double score, Double previous) {
        Double change() {
            return score == null || previous == null ? null : Math.round((score - previous) * 100) / 100.0;
        }
    }
}
