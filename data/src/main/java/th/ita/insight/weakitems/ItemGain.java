package th.ita.insight.weakitems;

import th.ita.insight.catalog.CatalogItem;
import th.ita.insight.catalog.Tool;
import th.ita.insight.catalog.YearCatalog;

/**
 * What reaching its target is worth for one item, in points of the total: {@code share × (target − score)}.
 * The one arithmetic behind both a weak item's priority tier and a measure's expected gain (docs/analytics.md).
 */
public final class ItemGain {
    private ItemGain() {
    }

    /** The share of the total one point of an item is worth: tool weight ÷ indicators in the tool ÷ items (by weight). */
    public static double share(YearCatalog year, CatalogItem item) {
        int indicatorsInTool = year.indicatorsOf(item.tool()).size();
        double weights = year.itemsOf(item.indicator()).stream().mapToDouble(CatalogItem::weight).sum();
        return year.weight(item.tool()) / indicatorsInTool * (item.weight() / weights);
    }

    /** The share of the total one point of an indicator is worth (years judged by indicator only). */
    public static double indicatorShare(YearCatalog year, int indicator) {
        Tool tool = year.indicator(indicator).orElseThrow().tool();
        return year.weight(tool) / year.indicatorsOf(tool).size();
    }

    /**
     * An OIT item's target is 100 (disclose it); a question's is the higher of the threshold and the peer
     * group's 75th percentile, or 100 once the item is at or above both.
     */
    public static double target(boolean oit, double threshold, double score, Double peerP75) {
        if (oit) {
            return 100.0;
        }
        double target = Math.max(threshold, peerP75 == null ? 0 : peerP75);
        return score >= target ? 100.0 : target;
    }
}
