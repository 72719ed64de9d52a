package th.ita.insight.catalog;

/** What a fiscal year's assessment publishes and so what a catalog can describe. */
public enum Framework {
    /** FY2562 on: tools, ten indicators, question and OIT items, grade bands. */
    ITEMS,
    /** FY2558–FY2561: earlier frameworks of which only totals (and printed labels) are published. */
    TOTAL_ONLY
}
