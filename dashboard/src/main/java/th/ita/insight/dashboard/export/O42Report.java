package th.ita.insight.dashboard.export;

import th.ita.insight.dashboard.analysis.WeakPoints;
import th.ita.insight.scoring.LevelExplanation;

import java.util.List;

/**
 * Everything an o42 weak-point analysis states about one agency-year (seed 003): who, the year's
 * scores, the weak points by theme with their measures. Plain data, read once from the database.
 */
record O42Report(Agency agency, int year, Scores scores, List<WeakPoints.Theme> themes, ReportSource source, Answers answers) {

    /** The official results as published so far (the seed's document). */
    O42Report(Agency agency, int year, Scores scores, List<WeakPoints.Theme> themes, Answers answers) {
        this(agency, year, scores, themes, ReportSource.OFFICIAL, answers);
    }

    /**
     * The OIT items of the year after the analysed one that the o42 and the o43 are filed under (DESIGN
     * §9.1: FY2566's analysis is FY2567's o42); null where that year's catalog has no such item or is not
     * loaded yet, so a title never names an item of the wrong year.
     */
    record Answers(String analysis, String measures) {
        static final Answers NONE = new Answers(null, null);
    }

    /** District is not in the published database yet, so it is null until the registry carries it. */
    record Agency(String id, String nameTh, String agencyType, String district, String provinceTh, String provinceEn) {
    }

    /**
     * The year's total and level, tool scores, and the ten indicators; {@code previousYear} is set when the
     * indicator table compares with the year before, {@code methodBreak} when that comparison crosses a
     * change of method; {@code level} explains the level with the year's bands (null when it cannot).
     */
    record Scores(Double total, String gradeTh, String gradeEn, Double iit, Double eit, Double oit,
                  List<IndicatorScore> indicators, Integer previousYear, boolean methodBreak, LevelExplanation level) {
    }

    record IndicatorScore(String tool, int number, String nameTh, String nameEn, Double score, Double previous) {
        Double change() {
            return score == null || previous == null ? null : Math.round((score - previous) * 100) / 100.0;
        }
    }
}
