package th.ita.insight.catalog;

/**
 * One scored item of a year's catalog: an IIT/EIT question (i1–i30, e1–e15) or an OIT item (o1–oN).
 *
 * @param subIndicator  OIT sub-indicator such as "9.1"; null for questions
 * @param comparableTo  the code in the previous year's catalog that asks the same thing, or null
 * @param weight        weight inside its indicator (equal weights are assumed where the NACC gives none)
 * @param textConfirmed false when the Thai wording was reconstructed rather than quoted from a source
 */
public record CatalogItem(
        String code,
        Tool tool,
        int indicator,
        String subIndicator,
        String subIndicatorTh,
        String textTh,
        String textEn,
        Scale scale,
        Direction direction,
        boolean textConfirmed,
        String comparableTo,
        double weight) {

    /** How respondents answer the item. */
    public enum Scale { GRADED4, YES_NO, DISCLOSURE }

    /** Negative items are worded so that "yes" or "much" is the bad answer. */
    public enum Direction { POSITIVE, NEGATIVE }
}
