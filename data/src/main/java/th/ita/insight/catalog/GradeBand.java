package th.ita.insight.catalog;

/**
 * A grade level of a fiscal year: a total-score range, optionally also requiring every tool score to
 * reach a minimum (FY2566 on: "ผ่านดีเยี่ยม" needs the total and each tool at 95 or more).
 *
 * @param min            inclusive lower bound of the total
 * @param max            exclusive upper bound, except 100 which is inclusive
 * @param minEachTool    null when the band looks at the total only
 * @param ifToolsUnknown what this band is called when a total alone cannot tell it from the
 *                       tool-dependent bands above it (FY2566 on: "85 or more"); null when not needed
 */
public record GradeBand(String code, String labelTh, String labelEn, double min, double max, Double minEachTool,
                        boolean pass, Level ifToolsUnknown) {

    /** A level's code and labels. */
    public record Level(String code, String labelTh, String labelEn) {
    }

    public GradeBand(String code, String labelTh, String labelEn, double min, double max, Double minEachTool,
                     boolean pass) {
        this(code, labelTh, labelEn, min, max, minEachTool, pass, null);
    }

    public boolean coversTotal(double total) {
        return total >= min && (total < max || (max >= 100.0 && total <= 100.0));
    }

    public boolean looksAtTotalOnly() {
        return minEachTool == null;
    }
}
