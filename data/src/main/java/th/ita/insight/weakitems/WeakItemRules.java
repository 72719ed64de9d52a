package th.ita.insight.weakitems;

import th.ita.insight.catalog.CatalogItem;
import th.ita.insight.catalog.Indicator;
import th.ita.insight.catalog.Tool;
import th.ita.insight.catalog.YearCatalog;
import th.ita.insight.scoring.Decimals;
import th.ita.insight.scoring.Rounding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds the weak items of one agency-year. An item is weak when (a) it scores below the threshold,
 * (b) it lies more than the margin below its peer-group median, (c) its tool has nothing below the
 * threshold but it lies below its indicator's mean or in an indicator below its tool's mean ("where
 * to improve next"), or it is an OIT item that was not disclosed. Each weak item gets a priority tier
 * ({@link Tiers}) from its reasons, its peer position and what reaching its target is worth; being weak in
 * the previous comparable year too can raise the tier, it never makes an item weak by itself.
 */
public final class WeakItemRules {
    private static final double EPS = 0.005;

    private final WeakItemConfig config;

    public WeakItemRules(WeakItemConfig config) {
        this.config = config;
    }

    /**
     * @param scores      item code → score (questions and OIT items)
     * @param peerMedians item code → peer-group median of the same year
     * @param weakBefore  item code (this year's) → consecutive years it was weak up to last year
     */
    public List<WeakItem> evaluateItems(YearCatalog catalog, Map<String, Double> scores, Map<String, Double> peerMedians,
                                        Map<String, Integer> weakBefore) {
        return evaluateItems(catalog, scores, peerMedians, Map.of(), weakBefore);
    }

    /** @param peerP75 item code → the peer group's 75th percentile, which sets a question's target */
    public List<WeakItem> evaluateItems(YearCatalog catalog, Map<String, Double> scores, Map<String, Double> peerMedians,
                                        Map<String, Double> peerP75, Map<String, Integer> weakBefore) {
        double threshold = config.thresholdFor(catalog.fiscalYear());
        Map<Integer, Double> indicatorMeans = new HashMap<>();
        for (Indicator indicator : catalog.indicators()) {
            catalog.itemsOf(indicator.number()).stream().map(CatalogItem::code).filter(scores::containsKey)
                    .mapToDouble(scores::get).average().ifPresent(m -> indicatorMeans.put(indicator.number(), m));
        }
        List<WeakItem> out = new ArrayList<>();
        for (CatalogItem item : catalog.items()) {
            Double score = scores.get(item.code());
            if (score == null) {
                continue;
            }
            Findings f = new Findings();
            if (item.tool() == Tool.OIT && score <= 0.0) {
                f.add(WeakReason.NOT_DISCLOSED, 0);
            }
            Double median = peerMedians.get(item.code());
            belowBars(score, threshold, median, f);
            if (!f.any() && item.tool() != Tool.OIT && nothingBelow(threshold, catalog, item.tool(), scores)) {
                double indicatorMean = indicatorMeans.get(item.indicator());
                double toolMean = toolMean(catalog, item.tool(), indicatorMeans);
                if (score < indicatorMean - EPS) {
                    f.add(WeakReason.BELOW_INDICATOR_MEAN, indicatorMean - score, fmt(indicatorMean));
                } else if (indicatorMean < toolMean - EPS) {
                    f.add(WeakReason.WEAK_INDICATOR, toolMean - indicatorMean, fmt(toolMean));
                }
            }
            if (f.any()) {
                double gain = ItemGain.share(catalog, item)
                        * (ItemGain.target(item.tool() == Tool.OIT, threshold, score, peerP75.get(item.code())) - score);
                out.add(weak(WeakItem.Level.ITEM, item.code(), item.tool(), item.indicator(), score, median, f,
                        weakBefore.getOrDefault(item.code(), 0), gain));
            }
        }
        return out;
    }

    /**
     * Where a year has indicator figures but no item scores, the same rules (a) and (b) judge the
     * indicators; no question score is invented.
     */
    public List<WeakItem> evaluateIndicators(YearCatalog catalog, Map<Integer, Double> indicators,
                                             Map<Integer, Double> peerMedians, Map<String, Integer> weakBefore) {
        return evaluateIndicators(catalog, indicators, peerMedians, Map.of(), weakBefore);
    }

    /** @param peerP75 indicator number as text → the peer group's 75th percentile */
    public List<WeakItem> evaluateIndicators(YearCatalog catalog, Map<Integer, Double> indicators,
                                             Map<Integer, Double> peerMedians, Map<String, Double> peerP75,
                                             Map<String, Integer> weakBefore) {
        double threshold = config.thresholdFor(catalog.fiscalYear());
        List<WeakItem> out = new ArrayList<>();
        for (Indicator indicator : catalog.indicators()) {
            Double score = indicators.get(indicator.number());
            if (score == null) {
                continue;
            }
            Findings f = new Findings();
            Double median = peerMedians.get(indicator.number());
            belowBars(score, threshold, median, f);
            if (f.any()) {
                String key = String.valueOf(indicator.number());
                double gain = ItemGain.indicatorShare(catalog, indicator.number())
                        * (ItemGain.target(false, threshold, score, peerP75.get(key)) - score);
                out.add(weak(WeakItem.Level.INDICATOR, key, indicator.tool(), indicator.number(), score, median, f,
                        weakBefore.getOrDefault(key, 0), gain));
            }
        }
        return out;
    }

    /** Rules (a) and (b), shared by items and indicators. */
    private void belowBars(double score, double threshold, Double median, Findings f) {
        if (score < threshold - 1e-9) {
            f.add(WeakReason.BELOW_THRESHOLD, threshold - score, fmt(threshold));
        }
        if (median != null && score < median - config.peerMargin() - 1e-9) {
            f.add(WeakReason.BELOW_PEERS, median - config.peerMargin() - score, fmt(median), fmt(config.peerMargin()));
        }
    }

    private static WeakItem weak(WeakItem.Level level, String key, Tool tool, int indicator, double score, Double median,
                                 Findings f, int weakBefore, double gain) {
        int years = weakBefore + 1;
        Severity severity = Tiers.tier(f.reasons, score, median, years, gain);
        if (years >= 2) {
            f.th.add("อ่อนติดต่อกัน " + years + " ปี");
            f.en.add("weak " + years + " years in a row");
        }
        return new WeakItem(level, key, tool, indicator, score, median, Rounding.twoDecimals(f.gap), f.reasons, years,
                severity, String.join("; ", f.th), String.join("; ", f.en));
    }

    private static boolean nothingBelow(double threshold, YearCatalog catalog, Tool tool, Map<String, Double> scores) {
        return catalog.items().stream().filter(i -> i.tool() == tool).map(CatalogItem::code)
                .filter(scores::containsKey).allMatch(code -> scores.get(code) >= threshold);
    }

    private static double toolMean(YearCatalog catalog, Tool tool, Map<Integer, Double> indicatorMeans) {
        return catalog.indicatorsOf(tool).stream().map(Indicator::number).filter(indicatorMeans::containsKey)
                .mapToDouble(indicatorMeans::get).average().orElse(Double.NaN);
    }

    private static String fmt(double v) {
        return Decimals.two(v);
    }

    /**
     * Carries weak streaks into a year: this year's code → years it was weak up to last year, through
     * the catalog's comparability (an item whose meaning changed starts again).
     *
     * @param lastYearWeak last year's code → consecutive years weak (empty when last year is missing)
     */
    public static Map<String, Integer> carry(YearCatalog year, Map<String, Integer> lastYearWeak) {
        return year.items().stream().filter(i -> i.comparableTo() != null && lastYearWeak.containsKey(i.comparableTo()))
                .collect(Collectors.toMap(CatalogItem::code, i -> lastYearWeak.get(i.comparableTo())));
    }
}
