package th.ita.insight.measures;

/**
 * What matters most among an agency-year's findings (docs/analytics.md, "Priorities"): a measure whose
 * expected gain is below {@link #MIN_EXPECTED_GAIN} is not recommended, only listed as "maintain".
 */
public final class Priority {
    /** Points of the total; below this a measure is "รักษาระดับ" (maintain), not a recommendation. */
    public static final double MIN_EXPECTED_GAIN = th.ita.insight.weakitems.Tiers.MIN_GAIN;

    private Priority() {
    }

    public static boolean recommended(double expectedGain) {
        return expectedGain >= MIN_EXPECTED_GAIN;
    }
}
