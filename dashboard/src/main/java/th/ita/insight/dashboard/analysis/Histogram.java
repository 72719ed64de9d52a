package th.ita.insight.dashboard.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Totals counted in 5-point bins, from 50 (or lower when a total is lower) up to 100; the last bin
 * includes 100. The chart and its table both show these bins, so they cannot disagree.
 */
record Histogram(List<Bin> bins) {
    record Bin(double from, double to, int count, boolean marked) {
        String label() {
            return String.format(java.util.Locale.ROOT, "%.0f–%.0f", from, to);
        }
    }

    static Histogram of(List<Double> totals, Double marked) {
        double min = totals.stream().mapToDouble(Double::doubleValue).min().orElse(50);
        double low = Math.min(50, Math.floor(min / 5) * 5);
        List<Bin> bins = new ArrayList<>();
        for (double from = low; from < 100; from += 5) {
            double to = from + 5;
            boolean last = to >= 100;
            int count = 0;
            for (double t : totals) {
                if (t >= from && (t < to || (last && t <= 100))) {
                    count++;
                }
            }
            boolean mark = marked != null && marked >= from && (marked < to || (last && marked <= 100));
            bins.add(new Bin(from, to, count, mark));
        }
        return new Histogram(bins);
    }
}
