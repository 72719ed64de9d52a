package th.ita.insight.survey;

import java.util.Arrays;

/** Linear-interpolated percentiles of a sample (the "type 7" rule of R, numpy and DuckDB's quantile_cont). */
final class Percentiles {
    private Percentiles() {
    }

    /** @param p 0–1; NaN values are left out; NaN when nothing is left */
    static double of(double[] sample, double p) {
        double[] s = Arrays.stream(sample).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (s.length == 0) {
            return Double.NaN;
        }
        double h = (s.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, s.length - 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }
}
