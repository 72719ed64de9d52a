package th.ita.insight.weakitems;

import java.util.Set;

/**
 * The priority tier of a weak item, in the NACC's own words for the o42 (seed 002): a defect to fix
 * urgently, a point to develop, or a level to keep. The rules and the figures that chose the bounds are in
 * docs/analytics.md ("Priorities"); every bound is in points of the total, so the tiers of different tools
 * and years compare.
 */
public final class Tiers {
    /** Below this gain nothing is worth a measure of its own: the item is only kept at its level. */
    public static final double MIN_GAIN = 0.05;
    /** A gap worth a quarter point of the total or more, below the pass mark and behind the peers, is urgent. */
    public static final double URGENT_GAIN = 0.25;
    /** Below the pass mark and behind the peers a second year running: urgent from a smaller gain. */
    public static final double URGENT_GAIN_PERSISTENT = 0.20;

    private Tiers() {
    }

    /**
     * @param gain       points of the total the item would add at its target ({@link ItemGain})
     * @param peerMedian the peer group's median, or null where the item has no peers
     */
    public static Severity tier(Set<WeakReason> reasons, double score, Double peerMedian, int yearsWeak, double gain) {
        boolean belowBar = reasons.contains(WeakReason.BELOW_THRESHOLD);
        boolean behindPeers = reasons.contains(WeakReason.BELOW_PEERS) || peerMedian == null;
        if (reasons.contains(WeakReason.NOT_DISCLOSED)) {
            return Severity.URGENT;
        }
        if (belowBar && behindPeers && (gain >= URGENT_GAIN - 1e-9
                || (yearsWeak >= 2 && reasons.contains(WeakReason.BELOW_PEERS) && gain >= URGENT_GAIN_PERSISTENT - 1e-9))) {
            return Severity.URGENT;
        }
        boolean notAbovePeers = peerMedian == null || score < peerMedian - 1e-9;
        if (gain >= MIN_GAIN - 1e-9 && (belowBar || notAbovePeers)) {
            return Severity.IMPROVE;
        }
        return Severity.MAINTAIN;
    }
}
