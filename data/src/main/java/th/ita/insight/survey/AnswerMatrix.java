package th.ita.insight.survey;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The coded answers of one survey in memory only, for as long as the scoring runs: one row per
 * respondent, one points value per question (NaN = not answered), sub-items already averaged. It
 * never leaves the process: what is published is computed from it and it is then let go.
 */
public final class AnswerMatrix {
    private final List<String> questions;
    private final Map<String, Integer> column = new HashMap<>();
    private final double[] pendingSum;
    private final int[] pendingCount;
    private double[] values = new double[0];
    private int rows;

    /** @param questions the question codes of the survey, in catalog order */
    public AnswerMatrix(List<String> questions) {
        this.questions = List.copyOf(questions);
        for (int i = 0; i < questions.size(); i++) {
            column.put(questions.get(i), i);
        }
        pendingSum = new double[questions.size()];
        pendingCount = new int[questions.size()];
    }

    /** Adds one answer (or sub-item answer) of the respondent being read. */
    public void add(String question, double points) {
        int q = column.get(question);
        pendingSum[q] += points;
        pendingCount[q]++;
    }

    /**
     * Ends the respondent being read: a question asked in sub-items scores the mean of the sub-items
     * answered. A respondent who answered nothing is not counted.
     *
     * @return true when the respondent answered at least one question
     */
    public boolean endRespondent() {
        int q = questions.size();
        boolean any = false;
        for (int i = 0; i < q; i++) {
            any |= pendingCount[i] > 0;
        }
        if (any) {
            if ((rows + 1) * q > values.length) {
                values = Arrays.copyOf(values, Math.max(q * 64, values.length * 2));
            }
            for (int i = 0; i < q; i++) {
                values[rows * q + i] = pendingCount[i] == 0 ? Double.NaN : pendingSum[i] / pendingCount[i];
            }
            rows++;
        }
        Arrays.fill(pendingSum, 0);
        Arrays.fill(pendingCount, 0);
        return any;
    }

    public List<String> questions() {
        return questions;
    }

    public int respondents() {
        return rows;
    }

    /** Points of respondent {@code row} for question index {@code q}; NaN when not answered. */
    double value(int row, int q) {
        return values[row * questions.size() + q];
    }
}
