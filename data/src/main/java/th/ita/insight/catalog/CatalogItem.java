package th.ita.insight.catalog;

/**
 * One scored item of a year's catalog: an IIT/EIT question (i1–i30, e1–e15) or an OIT item (o1–oN).
 *
 * @param subIndicator  OIT sub-indicator such as "9.1"; null for questions
 * @param comparableTo  the code in the previous year's catalog that asks the same thing, or null
 * @param weight        weight inside its indicator (equal weights are assumed where the NACC gives none)
 * @param textConfirmed false when the Thai wording was reconstructed rather than quoted from a source
 * @param topics        OIT only: the requirement topics (measures/measures.json, oit_topics) the item belongs to;
 *                      a measure cites a year's items through them, so codes never travel between OIT lists
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
        double weight,
        java.util.List<String> topics) {

    public CatalogItem {
        topics = topics == null ? java.util.List.of() : java.util.List.copyOf(topics);
    }

    /** How respondents answer the item. */
    public enum Scale { GRADED4, YES_NO, DISCLOSURE }

    /** Negative items are worded so that "yes" or "much" is the bad answer. */
    public enum Direction { POSITIVE, NEGATIVE }
}
