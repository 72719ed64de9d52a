package th.ita.insight.measures;

import java.util.List;

/**
 * An improvement measure from the measures catalog (measures/measures.json), or one generated for an
 * undisclosed OIT item. Question and OIT codes are those of the catalog year the file names (FY2566).
 */
public record Measure(String id, Theme theme, String titleTh, String titleEn, String howTh, String howEn,
                      List<String> questions, List<Integer> indicators, List<String> oitRefs,
                      List<String> oitSubIndicators, String responsibleTh, String responsibleEn) {

    /** A theme (ประเด็น) of the seed o42 analysis; T0 = improvement by indicator. */
    public record Theme(String id, int number, String titleTh, String titleEn) {
    }
}
