package th.ita.insight.scoring;

import th.ita.insight.catalog.Tool;

import java.util.List;
import java.util.Map;

/**
 * The figures of one agency-year at every level, derived upwards from complete components only.
 *
 * @param grade null when there is no total or the year has no bands (FY2558–FY2561)
 * @param notes checks of published against computed figures, and levels that could not be derived
 */
public record AgencyYearRollup(Map<Integer, IndicatorScore> indicators, Map<Tool, Figure> tools, Figure total,
                               Grade grade, List<Note> notes) {

    /** The total users see, rounded as published, or null. */
    public Double publishedTotal() {
        return total == null ? null : total.shown();
    }

    public Double tool(Tool tool) {
        Figure f = tools.get(tool);
        return f == null ? null : f.value();
    }
}
