package th.ita.insight.scoring;

import th.ita.insight.catalog.CatalogItem;
import th.ita.insight.catalog.Indicator;
import th.ita.insight.catalog.Tool;
import th.ita.insight.catalog.YearCatalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Rolls one agency-year up by the year's official weights, deriving a level only from complete
 * components: all items → indicator (weighted mean), all indicators of a tool → tool (mean), all
 * three tools → total (weighted) → grade. Published figures are kept beside computed ones; the
 * published one is what users see, and a difference over 0.01 is a warning (0.01 is rounding: the
 * NACC computes from unrounded parts and prints 2 decimals).
 */
public final class ScoreRollup {
    private static final double ROUNDING = 0.01 + 1e-9;

    private final YearCatalog catalog;

    public ScoreRollup(YearCatalog catalog) {
        this.catalog = catalog;
    }

    public AgencyYearRollup rollUp(AgencyYearInput input) {
        List<Note> notes = new ArrayList<>();
        Map<Integer, IndicatorScore> indicators = indicators(input, notes);
        Map<Tool, Figure> tools = tools(input, indicators, notes);
        Figure total = total(input, tools, notes);
        Grade grade = null;
        if (total != null) {
            Map<Tool, Double> shownTools = new EnumMap<>(Tool.class);
            tools.forEach((t, f) -> shownTools.put(t, f.shown()));
            grade = Grader.grade(catalog, total.shown(), shownTools).orElse(null);
        }
        return new AgencyYearRollup(indicators, tools, total, grade, notes);
    }

    /** Convenience for item-level data: {@code rollUp(items, indicators)} as read from one source. */
    public AgencyYearRollup rollUp(Map<String, Double> items, Map<Integer, Double> givenIndicators) {
        Map<Integer, Published> given = new TreeMap<>();
        givenIndicators.forEach((n, v) -> given.put(n, Published.of(v, null)));
        return rollUp(new AgencyYearInput(items, given, Map.of(), null));
    }

    /** Tool scores and total from tool-level figures alone (an agency that published only those). */
    public AgencyYearRollup fromTools(Map<Tool, Double> tools) {
        Map<Tool, Published> published = new EnumMap<>(Tool.class);
        tools.forEach((t, v) -> published.put(t, Published.of(v, null)));
        return rollUp(new AgencyYearInput(Map.of(), Map.of(), published, null));
    }

    private Map<Integer, IndicatorScore> indicators(AgencyYearInput input, List<Note> notes) {
        Map<Integer, IndicatorScore> out = new TreeMap<>();
        for (Indicator indicator : catalog.indicators()) {
            List<CatalogItem> items = catalog.itemsOf(indicator.number());
            List<CatalogItem> scored = items.stream().filter(i -> input.items().containsKey(i.code())).toList();
            Published given = input.indicators().get(indicator.number());
            if (!scored.isEmpty() && scored.size() == items.size()) {
                double weighted = 0;
                double weights = 0;
                for (CatalogItem item : items) {
                    weighted += input.items().get(item.code()) * item.weight();
                    weights += item.weight();
                }
                double computed = weighted / weights;
                out.put(indicator.number(), new IndicatorScore(indicator.number(), indicator.tool(), computed,
                        IndicatorScore.Origin.ITEMS, items.size(), items.size(), null));
                if (given != null) {
                    check(notes, "indicator", String.valueOf(indicator.number()), given.value(), computed);
                }
            } else if (given != null) {
                out.put(indicator.number(), new IndicatorScore(indicator.number(), indicator.tool(), given.value(),
                        IndicatorScore.Origin.GIVEN, 0, items.size(), given.provenance()));
            } else if (!scored.isEmpty()) {
                String missing = items.stream().filter(i -> !input.items().containsKey(i.code()))
                        .map(CatalogItem::code).collect(Collectors.joining(", "));
                notes.add(new Note(Note.Kind.INCOMPLETE, "indicator", String.valueOf(indicator.number()), null, null,
                        "ตัวชี้วัดที่ " + indicator.number() + " มีคะแนน " + scored.size() + " จาก " + items.size()
                                + " ข้อ (ขาด " + missing + ") จึงไม่คำนวณคะแนนตัวชี้วัด",
                        "indicator " + indicator.number() + " has " + scored.size() + " of " + items.size()
                                + " items (missing " + missing + "): no indicator score derived"));
            }
        }
        return out;
    }

    private Map<Tool, Figure> tools(AgencyYearInput input, Map<Integer, IndicatorScore> indicators, List<Note> notes) {
        Map<Tool, Figure> out = new EnumMap<>(Tool.class);
        for (Tool tool : Tool.values()) {
            List<Indicator> owned = catalog.indicatorsOf(tool);
            List<Indicator> present = owned.stream().filter(i -> indicators.containsKey(i.number())).toList();
            Double computed = null;
            if (!owned.isEmpty() && present.size() == owned.size()) {
                computed = owned.stream().mapToDouble(i -> indicators.get(i.number()).score()).average().orElseThrow();
            }
            Published published = input.tools().get(tool);
            if (computed == null && published == null) {
                if (!present.isEmpty()) {
                    String missing = owned.stream().filter(i -> !indicators.containsKey(i.number()))
                            .map(i -> String.valueOf(i.number())).collect(Collectors.joining(", "));
                    notes.add(new Note(Note.Kind.INCOMPLETE, "tool", tool.name(), null, null,
                            tool + " ขาดตัวชี้วัดที่ " + missing + " จึงไม่คำนวณคะแนน " + tool,
                            tool + " lacks indicator(s) " + missing + ": no " + tool + " score derived"));
                }
                continue;
            }
            if (computed != null && published != null) {
                check(notes, "tool", tool.name(), published.value(), computed);
            }
            out.put(tool, new Figure(computed, published));
        }
        return out;
    }

    private Figure total(AgencyYearInput input, Map<Tool, Figure> tools, List<Note> notes) {
        Double computed = null;
        if (catalog.framework() == th.ita.insight.catalog.Framework.ITEMS && tools.size() == Tool.values().length) {
            double sum = 0;
            for (Tool tool : Tool.values()) {
                // Components as users see them: a computed tool score where complete, else the published one.
                Figure f = tools.get(tool);
                sum += catalog.weight(tool) * (f.computed() != null ? f.computed() : f.value());
            }
            computed = sum;
        }
        Published published = input.total();
        if (computed == null && published == null) {
            if (!tools.isEmpty()) {
                String missing = java.util.Arrays.stream(Tool.values()).filter(t -> !tools.containsKey(t))
                        .map(Tool::name).collect(Collectors.joining(", "));
                notes.add(new Note(Note.Kind.INCOMPLETE, "total", "total", null, null,
                        "ไม่มีคะแนน " + missing + " จึงไม่คำนวณคะแนนรวม",
                        "no " + missing + " score: no total derived"));
            }
            return null;
        }
        if (computed != null && published != null) {
            check(notes, "total", "total", published.value(), computed);
        }
        return new Figure(computed, published);
    }

    /** Compares as printed (2 decimals): 0.01 apart is rounding, more is a warning. */
    private static void check(List<Note> notes, String level, String key, double published, double computed) {
        double p = Rounding.twoDecimals(published);
        double c = Rounding.twoDecimals(computed);
        double diff = Math.abs(p - c);
        if (diff == 0) {
            return;
        }
        String name = level.equals("indicator") ? "ตัวชี้วัดที่ " + key : level.equals("tool") ? key : "คะแนนรวม";
        String nameEn = level.equals("indicator") ? "indicator " + key : level.equals("tool") ? key : "total";
        String values = Decimals.two(p) + " / " + Decimals.two(c);
        if (diff <= ROUNDING) {
            notes.add(new Note(Note.Kind.ROUNDING, level, key, p, c,
                    name + " ที่เผยแพร่ต่างจากที่คำนวณ 0.01 (การปัดเศษ): " + values,
                    "published " + nameEn + " differs from the computed one by 0.01 (rounding): " + values));
        } else {
            notes.add(new Note(Note.Kind.MISMATCH, level, key, p, c,
                    name + " ที่เผยแพร่ไม่ตรงกับที่คำนวณจากองค์ประกอบ (เผยแพร่ / คำนวณ): " + values + " อาจพิมพ์ผิดในต้นฉบับ",
                    "published " + nameEn + " does not match its components (published / computed): " + values
                            + "; often a typo in the source"));
        }
    }
}
