package th.ita.insight.scoring;

import th.ita.insight.catalog.GradeBand;
import th.ita.insight.catalog.Tool;

import java.util.Map;
import java.util.Optional;

/**
 * The derived scores of one agency-year: indicators, tools, total and grade. A tool score exists only
 * when all its indicators do, and a total only when all three tools do: nothing missing is invented.
 */
public record AgencyYearRollup(Map<Integer, IndicatorScore> indicators, Map<Tool, Double> tools, Double total,
                               GradeBand grade) {

    public Optional<Double> tool(Tool tool) {
        return Optional.ofNullable(tools.get(tool));
    }

    /** The total rounded as published (2 decimals, half-up), or null when a tool is missing. */
    public Double publishedTotal() {
        return Rounding.twoDecimalsOrNull(total);
    }
}
