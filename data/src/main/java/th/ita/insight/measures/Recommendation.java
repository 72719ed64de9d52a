package th.ita.insight.measures;

import java.util.List;

/**
 * A measure recommended to an agency for a year, with the arithmetic behind its rank.
 *
 * @param expectedGain points the total would gain if every listed item reached its target
 * @param items        each weak item the measure addresses: score, target, share of the total, gain
 * @param oitRefs      the OIT items of this year the measure cites (its topics in this year's list)
 */
public record Recommendation(int rank, Measure measure, double expectedGain, List<Contribution> items,
                             List<String> oitRefs, String rationaleTh, String rationaleEn) {

    /**
     * One weak item's part in a measure's gain: {@code gain = share × (target − score)}.
     *
     * @param share the item's weight in the total: tool weight ÷ indicators in the tool ÷ items in the indicator
     */
    public record Contribution(String code, double score, double target, double share, double gain) {
    }
}
