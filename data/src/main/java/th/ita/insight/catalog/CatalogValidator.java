package th.ita.insight.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a year's catalog against the invariants every later computation relies on; returns every
 * broken rule so a catalog author fixes them in one pass.
 */
final class CatalogValidator {
    private static final double EPS = 1e-9;

    private CatalogValidator() {
    }

    static List<String> problems(int year, Map<Tool, Double> weights, Map<Tool, List<Integer>> toolIndicators,
                                 List<Indicator> indicators, List<CatalogItem> items, List<GradeBand> bands) {
        List<String> problems = new ArrayList<>();
        checkWeights(weights, problems);
        checkIndicators(toolIndicators, indicators, problems);
        checkItems(indicators, items, problems);
        checkBands(bands, problems);
        return problems.stream().map(p -> "FY" + year + ": " + p).toList();
    }

    /** A total-only year describes no components, so it must not pretend to. */
    static List<String> totalOnlyProblems(int year, Map<Tool, Double> weights, List<Indicator> indicators,
                                          List<CatalogItem> items, List<GradeBand> bands) {
        List<String> problems = new ArrayList<>();
        if (!weights.isEmpty() || !indicators.isEmpty() || !items.isEmpty()) {
            problems.add("a total_only framework lists no tools, indicators or items");
        }
        if (!bands.isEmpty()) {
            checkBands(bands, problems);
        }
        return problems.stream().map(p -> "FY" + year + ": " + p).toList();
    }

    private static void checkWeights(Map<Tool, Double> weights, List<String> problems) {
        for (Tool tool : Tool.values()) {
            if (!weights.containsKey(tool)) {
                problems.add("tool " + tool + " has no weight");
            }
        }
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - 1.0) > 1e-6) {
            problems.add("tool weights sum to " + sum + ", not 1");
        }
    }

    private static void checkIndicators(Map<Tool, List<Integer>> toolIndicators, List<Indicator> indicators,
                                        List<String> problems) {
        Set<Integer> seen = new HashSet<>();
        for (Indicator indicator : indicators) {
            if (!seen.add(indicator.number())) {
                problems.add("indicator " + indicator.number() + " is listed twice");
            }
            List<Integer> owned = toolIndicators.getOrDefault(indicator.tool(), List.of());
            if (!owned.contains(indicator.number())) {
                problems.add("indicator " + indicator.number() + " says tool " + indicator.tool()
                        + " but that tool does not list it");
            }
        }
        toolIndicators.forEach((tool, numbers) -> numbers.stream()
                .filter(n -> !seen.contains(n))
                .forEach(n -> problems.add("tool " + tool + " lists indicator " + n + " which is not defined")));
        for (Tool tool : Tool.values()) {
            if (toolIndicators.getOrDefault(tool, List.of()).isEmpty()) {
                problems.add("tool " + tool + " has no indicators");
            }
        }
    }

    private static void checkItems(List<Indicator> indicators, List<CatalogItem> items, List<String> problems) {
        Set<String> codes = new HashSet<>();
        Set<Integer> withItems = new HashSet<>();
        for (CatalogItem item : items) {
            if (!codes.add(item.code())) {
                problems.add("item " + item.code() + " is listed twice (an item belongs to one indicator)");
            }
            Indicator indicator = indicators.stream().filter(i -> i.number() == item.indicator()).findFirst().orElse(null);
            if (indicator == null) {
                problems.add("item " + item.code() + " belongs to undefined indicator " + item.indicator());
            } else if (indicator.tool() != item.tool()) {
                problems.add("item " + item.code() + " is a " + item.tool() + " item but indicator "
                        + item.indicator() + " belongs to " + indicator.tool());
            }
            if (!item.code().startsWith(item.tool().codePrefix())) {
                problems.add("item " + item.code() + " does not start with '" + item.tool().codePrefix() + "'");
            }
            if (!(item.weight() > 0)) {
                problems.add("item " + item.code() + " has weight " + item.weight() + " (must be > 0)");
            }
            withItems.add(item.indicator());
        }
        indicators.stream().filter(i -> !withItems.contains(i.number()))
                .forEach(i -> problems.add("indicator " + i.number() + " has no items"));
    }

    /** The total-only bands must tile 0–100 exactly; conditional bands only refine them. */
    private static void checkBands(List<GradeBand> bands, List<String> problems) {
        List<GradeBand> base = new ArrayList<>(bands.stream().filter(GradeBand::looksAtTotalOnly).toList());
        base.sort(Comparator.comparingDouble(GradeBand::min));
        if (base.isEmpty()) {
            problems.add("no grade band looks at the total alone, so some totals would have no grade");
            return;
        }
        double expected = 0.0;
        for (GradeBand band : base) {
            if (band.min() > expected + EPS) {
                problems.add("grade bands leave a gap from " + expected + " to " + band.min());
            } else if (band.min() < expected - EPS) {
                problems.add("grade band " + band.code() + " overlaps the band below it at " + band.min());
            }
            if (band.max() <= band.min()) {
                problems.add("grade band " + band.code() + " is empty (" + band.min() + " to " + band.max() + ")");
            }
            expected = band.max();
        }
        if (Math.abs(expected - 100.0) > EPS) {
            problems.add("grade bands end at " + expected + ", not 100");
        }
        for (GradeBand band : bands) {
            if (band.min() < 0 || band.max() > 100) {
                problems.add("grade band " + band.code() + " reaches outside 0–100");
            }
        }
    }
}
