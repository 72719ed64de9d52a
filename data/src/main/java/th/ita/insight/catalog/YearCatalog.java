package th.ita.insight.catalog;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ITA rules of one fiscal year: tools and weights, indicators, scored items, grade bands.
 * Built only by {@link CatalogLoader}; every instance outside this package has been validated (a catalog
 * check builds one from a broken file only to look across years). Instances are immutable.
 */
public final class YearCatalog {
    private final String source;
    private final int fiscalYear;
    private final Integer previousYear;
    private final Framework framework;
    private final boolean methodBreak;
    private final String methodBreakNoteTh;
    private final String methodBreakNoteEn;
    private final String status;
    private final String notesTh;
    private final String notesEn;
    private final Map<Tool, Double> weights;
    private final Map<Integer, Indicator> indicators;
    private final Map<String, CatalogItem> items;
    private final List<GradeBand> bands;
    // Read for every agency-year of a national run: built once here instead of per call.
    private final List<Indicator> indicatorList;
    private final List<CatalogItem> itemList;
    private final Map<Tool, List<Indicator>> indicatorsByTool;
    private final Map<Integer, List<CatalogItem>> itemsByIndicator;
    // Where each item was read from, so a cross-year problem points into the right file.
    private final Map<String, String> itemPaths;

    YearCatalog(String source, int fiscalYear, Integer previousYear, Framework framework, boolean methodBreak,
                String methodBreakNoteTh, String methodBreakNoteEn, String status, String notesTh, String notesEn,
                Map<Tool, Double> weights, List<Indicator> indicators, List<CatalogItem> items, List<GradeBand> bands,
                Map<String, String> itemPaths) {
        this.source = source;
        this.fiscalYear = fiscalYear;
        this.previousYear = previousYear;
        this.framework = framework;
        this.methodBreak = methodBreak;
        this.methodBreakNoteTh = methodBreakNoteTh;
        this.methodBreakNoteEn = methodBreakNoteEn;
        this.status = status;
        this.notesTh = notesTh;
        this.notesEn = notesEn;
        this.weights = Collections.unmodifiableMap(new EnumMap<>(weights));
        Map<Integer, Indicator> byNumber = new LinkedHashMap<>();
        indicators.forEach(i -> byNumber.put(i.number(), i));
        this.indicators = Collections.unmodifiableMap(byNumber);
        Map<String, CatalogItem> byCode = new LinkedHashMap<>();
        items.forEach(i -> byCode.put(i.code(), i));
        this.items = Collections.unmodifiableMap(byCode);
        this.bands = List.copyOf(bands);
        this.indicatorList = List.copyOf(byNumber.values());
        this.itemList = List.copyOf(byCode.values());
        Map<Tool, List<Indicator>> byTool = new EnumMap<>(Tool.class);
        for (Tool tool : Tool.values()) {
            byTool.put(tool, indicatorList.stream().filter(i -> i.tool() == tool).toList());
        }
        this.indicatorsByTool = Collections.unmodifiableMap(byTool);
        Map<Integer, List<CatalogItem>> byIndicator = new LinkedHashMap<>();
        byNumber.keySet().forEach(n -> byIndicator.put(n, itemList.stream().filter(i -> i.indicator() == n).toList()));
        this.itemsByIndicator = Collections.unmodifiableMap(byIndicator);
        this.itemPaths = Map.copyOf(itemPaths);
    }

    /** The file this catalog was read from: a bundled resource ({@code catalog/fy2568.json}) or a user's file. */
    public String source() {
        return source;
    }

    /** The JSON path of an item in {@link #source()}, e.g. {@code $.questions[9]}; null for an unknown code. */
    String itemPath(String code) {
        return itemPaths.get(code);
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    /** The catalog year this one's {@code comparableTo} codes point into, or null. */
    public Integer previousYear() {
        return previousYear;
    }

    public Framework framework() {
        return framework;
    }

    /** True when the method changed between the previous year and this one: compare across it only marked. */
    public boolean methodBreak() {
        return methodBreak;
    }

    public String methodBreakNoteTh() {
        return methodBreakNoteTh;
    }

    public String methodBreakNoteEn() {
        return methodBreakNoteEn;
    }

    /** "confirmed" or "provisional" (facts not yet checked against NACC material). */
    public String status() {
        return status;
    }

    public String notesTh() {
        return notesTh;
    }

    public String notesEn() {
        return notesEn;
    }

    /** The tool's weight in the total; 0 in total-only years, which have no tools. */
    public double weight(Tool tool) {
        return weights.getOrDefault(tool, 0.0);
    }

    public Map<Tool, Double> weights() {
        return weights;
    }

    public List<Indicator> indicators() {
        return indicatorList;
    }

    public Optional<Indicator> indicator(int number) {
        return Optional.ofNullable(indicators.get(number));
    }

    public List<Indicator> indicatorsOf(Tool tool) {
        return indicatorsByTool.getOrDefault(tool, List.of());
    }

    public List<CatalogItem> items() {
        return itemList;
    }

    public Optional<CatalogItem> item(String code) {
        return Optional.ofNullable(items.get(code));
    }

    public List<CatalogItem> itemsOf(int indicator) {
        List<CatalogItem> of = itemsByIndicator.get(indicator);
        return of != null ? of : itemList.stream().filter(i -> i.indicator() == indicator).toList();
    }

    /** Grade bands in priority order: the first whose conditions hold is the level. */
    public List<GradeBand> gradeBands() {
        return bands;
    }

    @Override
    public String toString() {
        return "YearCatalog[FY" + fiscalYear + ", " + items.size() + " items, " + status + "]";
    }
}
