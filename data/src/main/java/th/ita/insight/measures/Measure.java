package th.ita.insight.measures;

import java.util.List;

/**
 * An improvement measure from the measures catalog (measures/measures.json), or one generated for an
 * undisclosed OIT item. Question codes are those of the catalog year the file names (FY2566); OIT items
 * are cited by topic, because OIT codes mean different things in different years (FY2565's o27 is an HR
 * item, FY2566's a complaints item, FY2568 has none): {@link MeasureCatalog#oitRefsIn} gives a year's codes.
 *
 * @param oitTopics the OIT requirement topics the measure rests on, in the order the measure cites them
 */
public record Measure(String id, Theme theme, String titleTh, String titleEn, String howTh, String howEn,
                      List<String> questions, List<Integer> indicators, List<String> oitTopics,
                      String responsibleTh, String responsibleEn) {

    /** A theme (ประเด็น) of the seed o42 analysis; T0 = improvement by indicator. */
    public record Theme(String id, int number, String titleTh, String titleEn) {
    }

    /** An OIT requirement topic: the same requirement under whatever code each year's list gives it. */
    public record OitTopic(String id, String titleTh, String titleEn) {
    }
}
