package th.ita.insight.sample;

import th.ita.insight.catalog.CatalogItem;
import th.ita.insight.survey.SurveyCoding;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One agency's questionnaire export for one tool, as a form would write it: a timestamp, then one column per
 * question ({@code i1. <Thai question text>}), one row per respondent, answers in Thai labels (มากที่สุด …
 * น้อยที่สุดหรือไม่มีเลย, มี/ไม่มี) or as the numbers a linear-scale form writes (1–4, 1/0). Each answer is
 * drawn so that its coded points average, over respondents, to the question's score: between the two points
 * of the scale around the score (33 and 67 for 50.00), the upper with the probability that makes the mean
 * exact — the same coding, reversed for negatively worded questions, that {@code ./ita survey} applies.
 */
final class RespondentAnswers {
    /** The labels a Thai form prints, by step 1–4 (the catalog's first label of each step). */
    private static final String[] GRADED4_LABELS = {"น้อยที่สุดหรือไม่มีเลย", "น้อย", "มาก", "มากที่สุด"};
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Share of cells left blank: respondents skip a question now and then. */
    private static final double BLANK = 0.01;

    private final SurveyCoding coding;

    RespondentAnswers(SurveyCoding coding) {
        this.coding = coding;
        for (int step = 1; step <= 4; step++) {
            if (coding.graded4().get(SurveyCoding.normalise(GRADED4_LABELS[step - 1])) != step) {
                throw new IllegalStateException("FY" + coding.fiscalYear() + " survey coding does not read '"
                        + GRADED4_LABELS[step - 1] + "' as step " + step);
            }
        }
    }

    /** The header: a timestamp column the reader ignores, then each question by code and Thai text. */
    static List<String> header(List<CatalogItem> questions) {
        List<String> header = new ArrayList<>(List.of("ประทับเวลา"));
        for (CatalogItem q : questions) {
            header.add(q.code() + ". " + q.textTh());
        }
        return header;
    }

    /**
     * @param scores   each question's score 0–100, in the order of {@code questions}
     * @param asNumber answers as numbers (a linear-scale form) instead of labels
     */
    List<List<String>> rows(List<CatalogItem> questions, double[] scores, int respondents, boolean asNumber, Random random) {
        LocalDateTime time = LocalDateTime.of(coding.fiscalYear() - 543 - 1, 11, 1, 8, 0).plusMinutes(random.nextInt(60 * 24 * 30));
        List<List<String>> rows = new ArrayList<>(respondents);
        for (int r = 0; r < respondents; r++) {
            time = time.plusSeconds(30 + random.nextInt(3600));
            List<String> row = new ArrayList<>(questions.size() + 1);
            row.add(STAMP.format(time));
            for (int i = 0; i < questions.size(); i++) {
                row.add(random.nextDouble() < BLANK ? "" : answer(questions.get(i), scores[i], asNumber, random));
            }
            rows.add(row);
        }
        return rows;
    }

    private String answer(CatalogItem question, double score, boolean asNumber, Random random) {
        boolean negative = question.direction() == CatalogItem.Direction.NEGATIVE;
        if (question.scale() == CatalogItem.Scale.YES_NO) {
            double yesShare = (score - coding.noPoints()) / (coding.yesPoints() - coding.noPoints());
            boolean good = random.nextDouble() < yesShare;
            boolean yes = good != negative;
            return asNumber ? (yes ? "1" : "0") : (yes ? "มี" : "ไม่มี");
        }
        double[] points = coding.graded4Points();
        int lower = 0;
        while (lower < 2 && score > points[lower + 1]) {
            lower++;
        }
        double upperShare = Math.max(0, Math.min(1, (score - points[lower]) / (points[lower + 1] - points[lower])));
        int pointsIndex = random.nextDouble() < upperShare ? lower + 1 : lower;
        int step = negative ? 4 - pointsIndex : pointsIndex + 1;
        return asNumber ? Integer.toString(step) : GRADED4_LABELS[step - 1];
    }
}
