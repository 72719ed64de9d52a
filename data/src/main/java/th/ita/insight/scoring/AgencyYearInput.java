package th.ita.insight.scoring;

import th.ita.insight.catalog.Tool;

import java.util.Map;

/**
 * Everything loaded for one agency-year, each figure at its own level.
 *
 * @param items      item code → score (finest level)
 * @param indicators indicator number → figure read at indicator level
 * @param tools      tool → published tool score
 * @param total      the published total (with its printed label), or null
 */
public record AgencyYearInput(Map<String, Double> items, Map<Integer, Published> indicators,
                              Map<Tool, Published> tools, Published total) {

    public static AgencyYearInput ofItems(Map<String, Double> items) {
        return new AgencyYearInput(items, Map.of(), Map.of(), null);
    }
}
