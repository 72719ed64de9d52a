package th.ita.insight.measures;

import th.ita.insight.catalog.CatalogItem;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.catalog.Tool;
import th.ita.insight.catalog.YearCatalog;
import th.ita.insight.scoring.Decimals;
import th.ita.insight.scoring.Rounding;
import th.ita.insight.weakitems.ItemGain;
import th.ita.insight.weakitems.WeakItem;
import th.ita.insight.weakitems.WeakItemConfig;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Ranks the measures that address an agency-year's weak items by the points they would add to the
 * total. An item's share of the total follows from the official weights (tool weight ÷ indicators in
 * the tool ÷ items in the indicator, by item weight); its target is the higher of the threshold and
 * the peer group's 75th percentile, 100 for an OIT item (disclose it), and 100 for an item already
 * above both. Undisclosed OIT items that no catalog measure cites get a measure of their own.
 */
public final class Recommender {
    private final WeakItemConfig config;
    private final MeasureCatalog measures;
    private final Catalogs catalogs;
    /** A measure's codes as they read in a year depend on the measure and the year only: translated once. */
    private final Map<String, List<String>> questionsIn = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<String>> oitRefsIn = new java.util.concurrent.ConcurrentHashMap<>();

    public Recommender(WeakItemConfig config, MeasureCatalog measures, Catalogs catalogs) {
        this.config = config;
        this.measures = measures;
        this.catalogs = catalogs;
    }

    /** @param peerP75 item code (or indicator number as text) → the peer group's 75th percentile */
    public List<Recommendation> recommend(YearCatalog year, List<WeakItem> weak, Map<String, Double> peerP75) {
        Map<String, WeakItem> weakItems = weak.stream().filter(w -> w.level() == WeakItem.Level.ITEM)
                .collect(Collectors.toMap(WeakItem::key, w -> w, (a, b) -> a, LinkedHashMap::new));
        Map<String, WeakItem> weakIndicators = weak.stream().filter(w -> w.level() == WeakItem.Level.INDICATOR)
                .collect(Collectors.toMap(WeakItem::key, w -> w, (a, b) -> a, LinkedHashMap::new));
        List<Recommendation> found = new ArrayList<>();
        Set<String> citedOit = new HashSet<>();
        for (Measure m : measures.measures()) {
            List<Recommendation.Contribution> parts = new ArrayList<>();
            String measureYear = m.id() + '|' + year.fiscalYear();
            for (String code : questionsIn.computeIfAbsent(measureYear, k -> measures.questionsIn(m, year, catalogs))) {
                WeakItem w = weakItems.get(code);
                if (w != null) {
                    parts.add(contribution(year, code, w.score(), peerP75.get(code)));
                }
            }
            for (String code : oitRefsIn.computeIfAbsent(measureYear, k -> measures.oitRefsIn(m, year))) {
                WeakItem w = weakItems.get(code);
                if (w != null && !citedOit.contains(code)) {
                    parts.add(contribution(year, code, w.score(), null));
                }
            }
            for (int indicator : m.indicators()) {
                WeakItem w = weakIndicators.get(String.valueOf(indicator));
                if (w != null) {
                    parts.add(indicatorContribution(year, indicator, w.score(), peerP75.get(String.valueOf(indicator))));
                }
            }
            if (!parts.isEmpty()) {
                parts.stream().filter(p -> p.code().startsWith("o")).forEach(p -> citedOit.add(p.code()));
                found.add(recommendation(m, parts, oitRefsIn.get(measureYear)));
            }
        }
        for (WeakItem w : weakItems.values()) {
            if (w.tool() == Tool.OIT && !citedOit.contains(w.key())) {
                CatalogItem item = year.item(w.key()).orElseThrow();
                found.add(recommendation(disclose(item), List.of(contribution(year, item.code(), w.score(), null)),
                        List.of(item.code())));
            }
        }
        found.sort(Comparator.comparingDouble(Recommendation::expectedGain).reversed()
                .thenComparing(r -> r.measure().id()));
        List<Recommendation> ranked = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Recommendation r = found.get(i);
            ranked.add(new Recommendation(i + 1, r.measure(), r.expectedGain(), r.items(), r.oitRefs(), r.rationaleTh(),
                    r.rationaleEn()));
        }
        return ranked;
    }

    private Recommendation.Contribution contribution(YearCatalog year, String code, double score, Double p75) {
        CatalogItem item = year.item(code).orElseThrow();
        double target = target(year, item.tool() == Tool.OIT, score, p75);
        double share = ItemGain.share(year, item);
        return new Recommendation.Contribution(code, score, target, share, share * (target - score));
    }

    private Recommendation.Contribution indicatorContribution(YearCatalog year, int indicator, double score, Double p75) {
        double share = ItemGain.indicatorShare(year, indicator);
        double target = target(year, false, score, p75);
        return new Recommendation.Contribution(String.valueOf(indicator), score, target, share, share * (target - score));
    }

    private double target(YearCatalog year, boolean oit, double score, Double p75) {
        return ItemGain.target(oit, config.thresholdFor(year.fiscalYear()), score, p75);
    }

    private static Recommendation recommendation(Measure m, List<Recommendation.Contribution> parts, List<String> oitRefs) {
        double gain = parts.stream().mapToDouble(Recommendation.Contribution::gain).sum();
        String items = parts.stream().map(p -> p.code() + " " + Decimals.two(p.score()) + "→" + Decimals.two(p.target())
                + " (×" + Decimals.fixed(p.share(), 4) + " = " + Decimals.two(p.gain()) + ")").collect(Collectors.joining(", "));
        return new Recommendation(0, m, Rounding.twoDecimals(gain), List.copyOf(parts), List.copyOf(oitRefs),
                "คะแนนรวมเพิ่มขึ้นโดยประมาณ " + Decimals.two(gain) + " คะแนน: " + items,
                "expected gain in the total " + Decimals.two(gain) + " points: " + items);
    }

    private static Measure disclose(CatalogItem item) {
        Measure.Theme theme = new Measure.Theme("OIT", 9, "การเปิดเผยข้อมูลสาธารณะ (OIT)", "Open data (OIT)");
        return new Measure("OIT-" + item.code(), theme, "เผยแพร่ข้อมูล " + item.code() + " " + item.textTh(),
                "Publish " + item.code() + " " + (item.textEn() == null ? item.textTh() : item.textEn()),
                "๑. จัดทำข้อมูลตามรายการ " + item.code() + " ให้ครบถ้วนและเป็นปัจจุบัน ๒. เผยแพร่บนเว็บไซต์หลักของหน่วยงาน "
                        + "๓. ตรวจสอบ URL ก่อนส่งแบบ OIT",
                "1. Prepare item " + item.code() + " completely and up to date 2. Publish it on the agency's main "
                        + "website 3. Check the URL before submitting the OIT form",
                List.of(), List.of(), item.topics(), "สำนักปลัด", "Office of the Permanent Secretary");
    }
}
