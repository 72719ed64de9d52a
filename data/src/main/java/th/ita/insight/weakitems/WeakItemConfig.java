package th.ita.insight.weakitems;

import java.io.Serializable;
import java.util.Map;

/**
 * The knobs of the weak-item rules (docs/analytics.md).
 *
 * @param threshold       rule (a): a score below it is weak (default 85, the NACC's pass mark)
 * @param peerMargin      rule (b): weak when more than this many points below the peer-group median
 * @param thresholdByYear a different threshold for some fiscal years
 */
public record WeakItemConfig(double threshold, double peerMargin, Map<Integer, Double> thresholdByYear)
        implements Serializable {
    public static final WeakItemConfig DEFAULT = new WeakItemConfig(85.0, 5.0, Map.of());

    public WeakItemConfig {
        thresholdByYear = Map.copyOf(thresholdByYear);
    }

    public double thresholdFor(int fiscalYear) {
        return thresholdByYear.getOrDefault(fiscalYear, threshold);
    }
}
