package th.ita.insight.peers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * n, mean and p10/p25/p50/p75/p90 of one peer group's scores, computed exactly as the published
 * tables always have been (Spark SQL's {@code avg} over {@code decimal(14,4)} and its exact
 * {@code percentile} with linear interpolation), so the figures do not depend on the engine that
 * computes them or on the order the scores arrive in.
 */
public record GroupSummary(long n, double mean, double p10, double p25, double p50, double p75, double p90) {
    private static final double[] LEVELS = {0.1, 0.25, 0.5, 0.75, 0.9};

    /** @param scores the group's scores, in any order (sorted in place) */
    public static GroupSummary of(double[] scores, int count) {
        if (count == 0) {
            throw new IllegalArgumentException("a peer group has at least one score");
        }
        Arrays.sort(scores, 0, count);
        long sum = 0; // in ten-thousandths: exact, and no BigDecimal per score
        for (int i = 0; i < count; i++) {
            sum += tenThousandths(scores[i]);
        }
        // avg(decimal(14,4)) is decimal(18,8), rounded half-up; the table then holds it as a double.
        double mean = BigDecimal.valueOf(sum, 4).divide(BigDecimal.valueOf(count), 8, RoundingMode.HALF_UP)
                .doubleValue();
        double[] p = new double[LEVELS.length];
        for (int i = 0; i < LEVELS.length; i++) {
            p[i] = halfEven(percentile(scores, count, LEVELS[i]));
        }
        return new GroupSummary(count, halfEven(mean), p[0], p[1], p[2], p[3], p[4]);
    }

    /**
     * A double as a decimal the way Spark casts it: its shortest decimal form, then 4 decimals half-up.
     * Scores are printed figures (two decimals) or sums of them, so a score is almost always within float
     * noise of a whole number of ten-thousandths; then that number is the answer (the shortest form lies
     * within 1e-10 of it, far from any half-way point). Anything else takes the exact decimal route.
     */
    static long tenThousandths(double score) {
        double scaled = score * 10_000;
        double nearest = Math.rint(scaled);
        if (Math.abs(scaled - nearest) < 1e-6 && Math.abs(nearest) < 1e15) {
            return (long) nearest;
        }
        return BigDecimal.valueOf(score).setScale(4, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    /** Linear interpolation between the two closest ranks, position = (n − 1) × level. */
    static double percentile(double[] sorted, int count, double level) {
        double position = (count - 1) * level;
        long lower = (long) Math.floor(position);
        long higher = (long) Math.ceil(position);
        double low = sorted[(int) lower];
        double high = sorted[(int) higher];
        if (higher == lower || low == high) {
            return low;
        }
        return (higher - position) * low + (position - lower) * high;
    }

    /** Peer statistics are rounded half-even (Spark's {@code bround}), scores half-up. */
    static double halfEven(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN).doubleValue();
    }
}
