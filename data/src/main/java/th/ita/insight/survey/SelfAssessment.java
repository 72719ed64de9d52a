package th.ita.insight.survey;

import th.ita.insight.catalog.Tool;

import java.util.List;

/**
 * Projected scores of one tool from an agency's own survey: aggregates only. A figure over fewer
 * respondents than the privacy floor has no score (null), only its count.
 *
 * @param replicates bootstrap replicates behind the 90 % intervals
 * @param seed       the seed that makes the intervals reproducible
 * @param minimum    the NACC minimum respondents for the agency's group (catalog data), or null
 */
public record SelfAssessment(int fiscalYear, Tool tool, List<Question> questions, List<Indicator> indicators,
                             Figure toolScore, int respondents, Integer minimum, int replicates, long seed,
                             boolean codingAssumed, List<Warning> warnings) {

    /** A score with its 90 % bootstrap interval, all rounded half-up to 2 decimals; nulls when suppressed or incomplete. */
    public record Figure(Double score, Double ciLow, Double ciHigh) {
        static final Figure NONE = new Figure(null, null, null);
    }

    public record Question(String code, int indicator, Figure figure, int respondents, int subItems) {
    }

    public record Indicator(int number, Figure figure) {
    }

    /** Something the user must know before reading the figures, in Thai and English. */
    public record Warning(String code, String th, String en) {
    }

    public boolean belowMinimum() {
        return minimum != null && respondents < minimum;
    }
}
