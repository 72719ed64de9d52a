package th.ita.insight.scoring;

import th.ita.insight.catalog.Tool;

/**
 * An indicator's score for one agency-year, with where it came from.
 *
 * @param itemsScored   how many of the indicator's catalog items had a score (0 when given as a figure)
 * @param itemsExpected how many items the catalog lists for the indicator
 * @param source        where a GIVEN figure was read; null for ITEMS
 */
public record IndicatorScore(int indicator, Tool tool, double score, Origin origin, int itemsScored,
                             int itemsExpected, Provenance source) {

    /** Whether the score was computed from item scores or read as an indicator-level figure. */
    public enum Origin { ITEMS, GIVEN }
}
