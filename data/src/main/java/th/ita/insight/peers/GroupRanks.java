package th.ita.insight.peers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Where each score stands in its peer group: rank 1 is the highest score and ties share a rank (SQL
 * {@code rank()} descending); the percentile is the share of the others scoring lower, 0–100 with one
 * decimal (SQL {@code percent_rank()} ascending × 100, rounded half-even), 0 in a group of one.
 */
public final class GroupRanks {
    private final double[] sorted;
    private final int count;

    /** @param scores the group's scores, in any order (copied) */
    public GroupRanks(double[] scores, int count) {
        this.sorted = Arrays.copyOf(scores, count);
        this.count = count;
        Arrays.sort(sorted);
    }

    public int rank(double score) {
        return 1 + (count - firstAbove(score));
    }

    public double percentile(double score) {
        if (count <= 1) {
            return 0.0;
        }
        double share = (double) firstAtLeast(score) / (count - 1);
        return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_EVEN).doubleValue();
    }

    public long n() {
        return count;
    }

    /** Index of the first score ≥ {@code score}: how many score lower. */
    private int firstAtLeast(double score) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < score) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first score > {@code score}. */
    private int firstAbove(double score) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= score) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
