package th.ita.insight.survey;

import th.ita.insight.catalog.CatalogItem;
import th.ita.insight.catalog.Tool;
import th.ita.insight.catalog.YearCatalog;
import th.ita.insight.scoring.AgencyYearRollup;
import th.ita.insight.scoring.IndicatorScore;
import th.ita.insight.scoring.Rounding;
import th.ita.insight.scoring.ScoreRollup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Scores one tool from coded answers: a question is the mean over the respondents who answered it,
 * indicators and the tool follow the official roll-up ({@link ScoreRollup}), and every figure gets a
 * 90 % interval from a seeded bootstrap over respondents (whole respondents are resampled, so the
 * questions of one person stay together), so nobody over-reads a 3-point move from 25 answers.
 */
public final class SelfAssessmentScorer {
    private static final double LOW = 0.05;
    private static final double HIGH = 0.95;

    private final YearCatalog catalog;
    private final SurveyCoding coding;
    private final int replicates;
    private final long seed;

    public SelfAssessmentScorer(YearCatalog catalog, SurveyCoding coding, int replicates, long seed) {
        if (replicates < 1) {
            throw new IllegalArgumentException("replicates must be at least 1, not " + replicates);
        }
        this.catalog = catalog;
        this.coding = coding;
        this.replicates = replicates;
        this.seed = seed;
    }

    /** @param agencyTypeCode the agency's {@code agency_type_code} for the NACC minimum, or null */
    public SelfAssessment score(Tool tool, AnswerMatrix answers, Map<String, Integer> subItems, String agencyTypeCode) {
        List<String> codes = answers.questions();
        int n = answers.respondents();
        int floor = coding.privacyFloor();
        double[] point = new double[codes.size()];
        int[] answered = new int[codes.size()];
        means(answers, identity(n), point, answered);
        double[][] questionReps = new double[codes.size()][replicates];
        Map<Integer, double[]> indicatorReps = new HashMap<>();
        double[] toolReps = new double[replicates];
        SplittableRandom random = new SplittableRandom(seed);
        int[] sample = new int[n];
        double[] m = new double[codes.size()];
        int[] c = new int[codes.size()];
        for (int b = 0; b < replicates; b++) {
            for (int i = 0; i < n; i++) {
                sample[i] = random.nextInt(n);
            }
            means(answers, sample, m, c);
            for (int q = 0; q < codes.size(); q++) {
                questionReps[q][b] = m[q];
            }
            AgencyYearRollup r = rollUp(codes, m, answered, floor);
            for (IndicatorScore s : r.indicators().values()) {
                indicatorReps.computeIfAbsent(s.indicator(), k -> new double[replicates])[b] = s.score();
            }
            toolReps[b] = r.tools().containsKey(tool) ? r.tools().get(tool).value() : Double.NaN;
        }
        List<SelfAssessment.Question> questions = new ArrayList<>();
        for (int q = 0; q < codes.size(); q++) {
            CatalogItem item = catalog.item(codes.get(q)).orElseThrow();
            SelfAssessment.Figure f = answered[q] < floor ? SelfAssessment.Figure.NONE
                    : figure(point[q], questionReps[q]);
            questions.add(new SelfAssessment.Question(item.code(), item.indicator(), f, answered[q],
                    subItems.getOrDefault(item.code(), 0)));
        }
        AgencyYearRollup whole = rollUp(codes, point, answered, floor);
        List<SelfAssessment.Indicator> indicators = new ArrayList<>();
        for (th.ita.insight.catalog.Indicator ind : catalog.indicatorsOf(tool)) {
            IndicatorScore s = whole.indicators().get(ind.number());
            indicators.add(new SelfAssessment.Indicator(ind.number(), s == null ? SelfAssessment.Figure.NONE
                    : figure(s.score(), indicatorReps.getOrDefault(ind.number(), new double[0]))));
        }
        SelfAssessment.Figure toolFigure = whole.tools().containsKey(tool)
                ? figure(whole.tools().get(tool).value(), toolReps) : SelfAssessment.Figure.NONE;
        Integer minimum = coding.minimumFor(tool, agencyTypeCode).orElse(null);
        List<SelfAssessment.Warning> warnings = SelfAssessmentWarnings.of(tool, n, minimum, floor, questions,
                toolFigure, coding);
        return new SelfAssessment(catalog.fiscalYear(), tool, questions, indicators, toolFigure, n, minimum, replicates,
                seed, coding.assumed(), warnings);
    }

    /** Question means over the given rows (a row may appear several times in a bootstrap sample). */
    private static void means(AnswerMatrix answers, int[] rows, double[] mean, int[] count) {
        int q = answers.questions().size();
        double[] sum = new double[q];
        java.util.Arrays.fill(count, 0);
        for (int row : rows) {
            for (int j = 0; j < q; j++) {
                double v = answers.value(row, j);
                if (!Double.isNaN(v)) {
                    sum[j] += v;
                    count[j]++;
                }
            }
        }
        for (int j = 0; j < q; j++) {
            mean[j] = count[j] == 0 ? Double.NaN : sum[j] / count[j];
        }
    }

    /** The official roll-up of the questions whose full-sample count reaches the privacy floor. */
    private AgencyYearRollup rollUp(List<String> codes, double[] means, int[] answered, int floor) {
        Map<String, Double> items = new HashMap<>();
        for (int q = 0; q < codes.size(); q++) {
            if (answered[q] >= floor && !Double.isNaN(means[q])) {
                items.put(codes.get(q), means[q]);
            }
        }
        return new ScoreRollup(catalog).rollUp(items, Map.of());
    }

    private static SelfAssessment.Figure figure(double score, double[] reps) {
        return new SelfAssessment.Figure(Rounding.twoDecimals(score),
                reps.length == 0 ? null : Rounding.twoDecimalsOrNull(nan(Percentiles.of(reps, LOW))),
                reps.length == 0 ? null : Rounding.twoDecimalsOrNull(nan(Percentiles.of(reps, HIGH))));
    }

    private static Double nan(double v) {
        return Double.isNaN(v) ? null : v;
    }

    private static int[] identity(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }
}
