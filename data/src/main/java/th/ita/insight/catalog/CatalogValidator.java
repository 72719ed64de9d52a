package th.ita.insight.catalog;

import th.ita.insight.catalog.CatalogParts.At;
import th.ita.insight.catalog.CatalogParts.ToolPart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a year's catalog against the invariants every later computation relies on; returns every
 * broken rule with the JSON path of the field at fault, so a catalog author fixes them in one pass.
 */
final class CatalogValidator {
    private static final double EPS = 1e-9;

    private CatalogValidator() {
    }

    static List<CatalogProblem> problems(String source, CatalogParts parts) {
        Problems problems = new Problems(source);
        if (parts.framework() == Framework.TOTAL_ONLY) {
            checkTotalOnly(parts, problems);
            return problems.list();
        }
        checkTools(parts.tools(), problems);
        checkIndicators(parts.tools(), parts.indicators(), problems);
        checkItems(parts.indicators(), parts.items(), problems);
        checkBands(parts.bands(), problems);
        return problems.list();
    }

    /** A total-only year describes no components, so it must not pretend to. */
    private static void checkTotalOnly(CatalogParts parts, Problems problems) {
        Map<String, Integer> listed = Map.of("$.tools", parts.tools().size(), "$.indicators", parts.indicators().size(),
                "$.questions and $.oit_items", parts.items().size());
        listed.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).sorted().forEach(path ->
                problems.add(path, "ปีแบบ total_only (เผยแพร่เฉพาะคะแนนรวม) ต้องเป็นรายการว่าง []",
                        "must be empty [] in a total_only year (only totals are published)"));
        if (!parts.bands().isEmpty()) {
            checkBands(parts.bands(), problems);
        }
    }

    private static void checkTools(List<At<ToolPart>> tools, Problems problems) {
        Map<Tool, String> seen = new HashMap<>();
        boolean weightsRead = true;
        double sum = 0;
        for (At<ToolPart> t : tools) {
            String first = seen.putIfAbsent(t.value().tool(), t.path());
            if (first != null) {
                problems.add(t.path() + ".code", "เครื่องมือ " + t.value().tool() + " ซ้ำ (มีแล้วที่ " + first + ")",
                        "tool " + t.value().tool() + " is listed twice (also at " + first + ")");
            }
            weightsRead &= t.value().weight() != null;
            sum += t.value().weight() == null ? 0 : t.value().weight();
        }
        for (Tool tool : Tool.values()) {
            if (!seen.containsKey(tool)) {
                problems.add("$.tools", "ไม่มีเครื่องมือ " + tool + " (ต้องมีครบ IIT, EIT และ OIT)",
                        "tool " + tool + " is not listed (IIT, EIT and OIT are all needed)");
            }
        }
        // An unreadable weight is reported where it is; a sum without it would only repeat that problem.
        double shown = Math.round(sum * 1e9) / 1e9;
        if (weightsRead && !tools.isEmpty() && Math.abs(sum - 1.0) > 1e-6) {
            problems.add("$.tools[*].weight", "น้ำหนักของเครื่องมือรวมกันได้ " + shown + " ต้องรวมกันได้ 1",
                    "tool weights sum to " + shown + ", not 1");
        }
    }

    private static void checkIndicators(List<At<ToolPart>> tools, List<At<Indicator>> indicators, Problems problems) {
        Map<Integer, String> defined = new HashMap<>();
        for (At<Indicator> i : indicators) {
            int number = i.value().number();
            String first = defined.putIfAbsent(number, i.path());
            if (first != null) {
                problems.add(i.path() + ".number", "ตัวชี้วัด " + number + " ซ้ำ (มีแล้วที่ " + first + ")",
                        "indicator " + number + " is listed twice (also at " + first + ")");
            }
            Tool tool = i.value().tool();
            At<ToolPart> owner = tools.stream().filter(t -> t.value().tool() == tool).findFirst().orElse(null);
            if (owner != null && owner.value().indicators().stream().noneMatch(n -> n.value() == number)) {
                problems.add(i.path() + ".tool", "ตัวชี้วัด " + number + " ระบุเครื่องมือ " + tool + " แต่ "
                                + owner.path() + ".indicators ไม่มีตัวชี้วัดนี้",
                        "indicator " + number + " says tool " + tool + " but " + owner.path()
                                + ".indicators does not list it");
            }
        }
        for (At<ToolPart> t : tools) {
            if (t.value().indicators().isEmpty()) {
                problems.add(t.path() + ".indicators", "เครื่องมือ " + t.value().tool() + " ไม่มีตัวชี้วัด",
                        "tool " + t.value().tool() + " has no indicators");
            }
            t.value().indicators().stream().filter(n -> !defined.containsKey(n.value())).forEach(n ->
                    problems.add(n.path(), undefinedTh(n.value()), undefinedEn(n.value())));
        }
    }

    private static void checkItems(List<At<Indicator>> indicators, List<At<CatalogItem>> items, Problems problems) {
        Map<String, String> codes = new HashMap<>();
        Set<Integer> withItems = new HashSet<>();
        for (At<CatalogItem> at : items) {
            CatalogItem item = at.value();
            String first = codes.putIfAbsent(item.code(), at.path());
            if (first != null) {
                problems.add(at.path() + ".code", "ข้อ " + item.code() + " ซ้ำ (มีแล้วที่ " + first
                                + " ข้อหนึ่งอยู่ในตัวชี้วัดเดียว)",
                        "item " + item.code() + " is listed twice (also at " + first
                                + "; an item belongs to one indicator)");
            }
            Indicator indicator = indicators.stream().map(At::value).filter(i -> i.number() == item.indicator())
                    .findFirst().orElse(null);
            if (indicator == null) {
                problems.add(at.path() + ".indicator", undefinedTh(item.indicator()), undefinedEn(item.indicator()));
            } else if (indicator.tool() != item.tool()) {
                problems.add(at.path() + ".indicator", "ข้อ " + item.code() + " เป็นของ " + item.tool()
                                + " แต่ตัวชี้วัด " + item.indicator() + " เป็นของ " + indicator.tool(),
                        "item " + item.code() + " is a " + item.tool() + " item but indicator " + item.indicator()
                                + " belongs to " + indicator.tool());
            }
            String prefix = item.tool().codePrefix();
            if (!item.code().startsWith(prefix)) {
                problems.add(at.path() + ".code", "รหัส " + item.code() + " ต้องขึ้นต้นด้วย '" + prefix + "' (ข้อของ "
                        + item.tool() + ")", "code " + item.code() + " must start with '" + prefix + "' (a "
                        + item.tool() + " item)");
            }
            if (!(item.weight() > 0)) {
                problems.add(at.path() + ".weight", "น้ำหนักต้องมากกว่า 0 ไม่ใช่ " + item.weight(),
                        "item " + item.code() + " has weight " + item.weight() + " (must be > 0)");
            }
            withItems.add(item.indicator());
        }
        indicators.stream().filter(i -> !withItems.contains(i.value().number())).forEach(i -> problems.add(i.path(),
                "ตัวชี้วัด " + i.value().number() + " ไม่มีข้อใดใน $.questions หรือ $.oit_items",
                "indicator " + i.value().number() + " has no items in $.questions or $.oit_items"));
    }

    /** The total-only bands must tile 0–100 exactly; conditional bands only refine them. */
    private static void checkBands(List<At<GradeBand>> bands, Problems problems) {
        List<At<GradeBand>> base = new ArrayList<>(bands.stream().filter(b -> b.value().looksAtTotalOnly()).toList());
        base.sort(Comparator.comparingDouble(b -> b.value().min()));
        if (base.isEmpty()) {
            problems.add("$.grade_bands",
                    "ไม่มีระดับผลที่ดูคะแนนรวมอย่างเดียว (ไม่มี min_each_tool) คะแนนรวมบางค่าจึงไม่มีระดับผล",
                    "no grade band looks at the total alone (without min_each_tool), so some totals get no grade");
            return;
        }
        double expected = 0.0;
        for (At<GradeBand> at : base) {
            GradeBand band = at.value();
            if (band.min() > expected + EPS) {
                problems.add(at.path() + ".min", "ระดับผลเว้นช่วงว่างจาก " + expected + " ถึง " + band.min()
                                + " (คะแนนรวมในช่วงนี้ไม่มีระดับผล)",
                        "grade bands leave a gap from " + expected + " to " + band.min()
                                + " (totals in it get no grade)");
            } else if (band.min() < expected - EPS) {
                problems.add(at.path() + ".min", "ระดับผล " + band.code() + " ซ้อนกับระดับที่ต่ำกว่าที่ " + band.min(),
                        "grade band " + band.code() + " overlaps the band below it at " + band.min());
            }
            if (band.max() <= band.min()) {
                problems.add(at.path() + ".max", "ระดับผล " + band.code() + " ว่าง (" + band.min() + " ถึง "
                                + band.max() + ") max ต้องมากกว่า min",
                        "grade band " + band.code() + " is empty (" + band.min() + " to " + band.max() + ")");
            }
            expected = band.max();
        }
        if (Math.abs(expected - 100.0) > EPS) {
            problems.add(base.get(base.size() - 1).path() + ".max",
                    "ระดับผลสิ้นสุดที่ " + expected + " ต้องสิ้นสุดที่ 100",
                    "grade bands end at " + expected + ", not 100");
        }
        for (At<GradeBand> at : bands) {
            if (at.value().min() < 0 || at.value().max() > 100) {
                problems.add(at.path(), "ระดับผล " + at.value().code() + " อยู่นอกช่วง 0–100",
                        "grade band " + at.value().code() + " reaches outside 0–100");
            }
        }
    }

    private static String undefinedTh(int indicator) {
        return "ไม่มีตัวชี้วัด " + indicator + " ใน $.indicators";
    }

    private static String undefinedEn(int indicator) {
        return "indicator " + indicator + " is not defined in $.indicators";
    }
}
