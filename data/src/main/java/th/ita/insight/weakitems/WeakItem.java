package th.ita.insight.weakitems;

import th.ita.insight.catalog.Tool;

import java.util.Set;

/**
 * A weak question, OIT item or (where only indicator figures exist) indicator of one agency-year.
 *
 * @param key         item code (i7, o34) or indicator number as text for level INDICATOR
 * @param peerMedian  median of the peer group for the same key and year, or null
 * @param gap         points to the nearest bar it missed (threshold, peer median − margin, indicator mean); ≥ 0
 * @param yearsWeak   consecutive comparable years it has been weak, this one included
 */
public record WeakItem(Level level, String key, Tool tool, int indicator, double score, Double peerMedian, double gap,
                       Set<WeakReason> reasons, int yearsWeak, Severity severity, String reasonTh, String reasonEn) {

    /** What was judged: an item (question or OIT item) or, where no items were loaded, an indicator. */
    public enum Level { ITEM, INDICATOR }
}
