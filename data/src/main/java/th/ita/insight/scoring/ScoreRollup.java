package th.ita.insight.scoring;

import th.ita.insight.catalog.CatalogItem;
import th.ita.insight.catalog.GradeBand;
import th.ita.insight.catalog.Indicator;
import th.ita.insight.catalog.Tool;
import th.ita.insight.catalog.YearCatalog;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rolls one agency-year's scores up by the year's official weights: items → indicator (weighted mean
 * of the items scored) → tool (mean of its indicators) → total (weighted tools) → grade.
 * Works from unrounded values and rounds only what is published, as the NACC does (a total recomputed
 * from rounded tool scores can differ by 0.01).
 */
public final class ScoreRollup {
    private final YearCatalog catalog;

    public ScoreRollup(YearCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param itemScores       item code (i1, e12, o34) → score; codes the catalog does not know are ignored
     * @param givenIndicators  indicator number → score, used only where no item of that indicator was given
     */
    public AgencyYearRollup rollUp(Map<String, Double> itemScores, Map<Integer, Double> givenIndicators) {
        Map<Integer, IndicatorScore> indicators = new TreeMap<>();
        for (Indicator indicator : catalog.indicators()) {
            IndicatorScore score = fromItems(indicator, itemScores);
            if (score == null && givenIndicators.containsKey(indicator.number())) {
                score = new IndicatorScore(indicator.number(), indicator.tool(), givenIndicators.get(indicator.number()),
                        IndicatorScore.Origin.GIVEN, 0, catalog.itemsOf(indicator.number()).size());
            }
            if (score != null) {
                indicators.put(indicator.number(), score);
            }
        }
        Map<Tool, Double> tools = toolScores(indicators);
        Double total = total(tools);
        GradeBand grade = null;
        if (total != null) {
            Map<Tool, Double> publishedTools = new EnumMap<>(Tool.class);
            tools.forEach((t, v) -> publishedTools.put(t, Rounding.twoDecimals(v)));
            grade = Grader.grade(catalog, Rounding.twoDecimals(total), publishedTools).orElse(null);
        }
        return new AgencyYearRollup(indicators, tools, total, grade);
    }

    /** Tool scores and total from tool-level figures alone (an agency that published only those). */
    public AgencyYearRollup fromTools(Map<Tool, Double> tools) {
        Double total = total(tools);
        GradeBand grade = total == null ? null
                : Grader.grade(catalog, Rounding.twoDecimals(total), tools).orElse(null);
        return new AgencyYearRollup(Map.of(), new EnumMap<>(tools), total, grade);
    }

    private IndicatorScore fromItems(Indicator indicator, Map<String, Double> itemScores) {
        List<CatalogItem> items = catalog.itemsOf(indicator.number());
        double weighted = 0;
        double weights = 0;
        int scored = 0;
        for (CatalogItem item : items) {
            Double score = itemScores.get(item.code());
            if (score != null) {
                weighted += score * item.weight();
                weights += item.weight();
                scored++;
            }
        }
        if (scored == 0) {
            return null;
        }
        return new IndicatorScore(indicator.number(), indicator.tool(), weighted / weights,
                IndicatorScore.Origin.ITEMS, scored, items.size());
    }

    private Map<Tool, Double> toolScores(Map<Integer, IndicatorScore> indicators) {
        Map<Tool, Double> tools = new EnumMap<>(Tool.class);
        for (Tool tool : Tool.values()) {
            List<Indicator> owned = catalog.indicatorsOf(tool);
            if (!owned.isEmpty() && owned.stream().allMatch(i -> indicators.containsKey(i.number()))) {
                tools.put(tool, owned.stream().mapToDouble(i -> indicators.get(i.number()).score()).average().orElseThrow());
            }
        }
        return tools;
    }

    private Double total(Map<Tool, Double> tools) {
        if (tools.size() < Tool.values().length) {
            return null;
        }
        double total = 0;
        for (Tool tool : Tool.values()) {
            total += catalog.weight(tool) * tools.get(tool);
        }
        return total;
    }
}
