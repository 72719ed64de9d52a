package th.ita.insight.weakitems;

import org.junit.jupiter.api.Test;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.catalog.YearCatalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeakItemRulesTest {
    private final YearCatalog fy2566 = Catalogs.bundled().forYear(2566).orElseThrow();
    private final WeakItemRules rules = new WeakItemRules(WeakItemConfig.DEFAULT);

    /** Every FY2566 item at {@code base}, then the given overrides. */
    private Map<String, Double> scores(double base, Map<String, Double> overrides) {
        Map<String, Double> s = new HashMap<>();
        fy2566.items().forEach(i -> s.put(i.code(), i.code().startsWith("o") ? 100.0 : base));
        s.putAll(overrides);
        return s;
    }

    private static List<String> lines(List<WeakItem> weak) {
        return weak.stream().map(w -> w.key() + " " + w.severity() + " " + w.reasons() + " gap=" + w.gap()).sorted().toList();
    }

    @Test
    void rule_a_below_the_threshold_urgent_from_a_quarter_point_of_the_total() {
        // An IIT question is worth 0.3 / 5 / 6 = 0.01 of the total per point: i7 80 → 85 gains 0.05, i8 55 → 85 gains 0.30.
        List<WeakItem> weak = rules.evaluateItems(fy2566, scores(90, Map.of("i7", 80.0, "i8", 55.0)), Map.of(), Map.of());
        assertEquals(List.of("i7 IMPROVE [BELOW_THRESHOLD] gap=5.0", "i8 URGENT [BELOW_THRESHOLD] gap=30.0"), lines(weak));
    }

    @Test
    void rule_b_more_than_the_margin_below_the_peer_median() {
        List<WeakItem> weak = rules.evaluateItems(fy2566, scores(90, Map.of("e13", 88.0, "e14", 89.0)),
                Map.of("e13", 94.0, "e14", 93.0), Map.of());
        // e13: 94 − 5 = 89 > 88 → weak by 1.00; e14: 93 − 5 = 88 < 89 → not weak by peers.
        // Nothing in EIT is below 85, so rule (c) may flag e14 as below its indicator's mean.
        assertTrue(lines(weak).contains("e13 IMPROVE [BELOW_PEERS] gap=1.0"), lines(weak).toString());
        assertTrue(weak.stream().noneMatch(w -> w.key().equals("e14") && w.reasons().contains(WeakReason.BELOW_PEERS)));
    }

    @Test
    void rule_c_where_to_improve_next_when_nothing_is_below_the_threshold() {
        // Indicator 1: i3 below its mean; indicator 2 (all 97) below the IIT mean; everything else 99.
        Map<String, Double> s = scores(99, Map.of("i3", 98.0, "i7", 97.0, "i8", 97.0, "i9", 97.0, "i10", 97.0,
                "i11", 97.0, "i12", 97.0));
        List<WeakItem> weak = rules.evaluateItems(fy2566, s, Map.of(), Map.of());
        assertEquals(List.of("i10", "i11", "i12", "i3", "i7", "i8", "i9"), weak.stream().map(WeakItem::key).sorted().toList());
        // i3 98 → 100 gains 0.02, the indicator-2 questions 97 → 100 gain 0.03: under the 0.05 floor, kept at their level.
        assertTrue(weak.stream().allMatch(w -> w.severity() == Severity.MAINTAIN));
        assertEquals(Set.of(WeakReason.BELOW_INDICATOR_MEAN),
                weak.stream().filter(w -> w.key().equals("i3")).findFirst().orElseThrow().reasons());
    }

    @Test
    void rule_c_stays_silent_for_a_tool_with_something_below_the_threshold() {
        Map<String, Double> s = scores(99, Map.of("i3", 98.0, "i30", 80.0));
        assertEquals(List.of("i30"), rules.evaluateItems(fy2566, s, Map.of(), Map.of()).stream().map(WeakItem::key).toList());
    }

    @Test
    void an_undisclosed_oit_item_is_weak_and_urgent() {
        List<WeakItem> weak = rules.evaluateItems(fy2566, scores(99, Map.of("o18", 0.0)), Map.of(), Map.of());
        assertEquals(List.of("o18 URGENT [BELOW_THRESHOLD, NOT_DISCLOSED] gap=85.0"), lines(weak));
    }

    @Test
    void persistence_raises_the_tier_but_never_makes_an_item_weak() {
        // An EIT question is worth 0.3 / 3 / 5 = 0.02 per point: e1 75 → 85 gains 0.20, under 0.25 but urgent when persistent.
        Map<String, Double> s = scores(90, Map.of("e1", 75.0));
        assertEquals(List.of("e1 IMPROVE [BELOW_THRESHOLD, BELOW_PEERS] gap=10.0"),
                lines(rules.evaluateItems(fy2566, s, Map.of("e1", 88.0), Map.of())));
        List<WeakItem> weak = rules.evaluateItems(fy2566, s, Map.of("e1", 88.0), Map.of("e1", 1, "i25", 3));
        assertEquals(List.of("e1 URGENT [BELOW_THRESHOLD, BELOW_PEERS] gap=10.0"), lines(weak));
        assertEquals(2, weak.get(0).yearsWeak());
        assertTrue(weak.get(0).reasonEn().endsWith("weak 2 years in a row"), weak.get(0).reasonEn());
    }

    @Test
    void streaks_carry_only_through_comparable_codes() {
        Map<String, Integer> carried = WeakItemRules.carry(fy2566, Map.of("i9", 2, "i8", 1, "o18", 1, "i7", 1));
        // FY2566 i10 asks what FY2565 i9 asked; FY2566 i8 is a new question; OIT lists differ.
        assertEquals(Map.of("i10", 2, "i7", 1), carried);
    }

    @Test
    void with_indicator_figures_only_the_indicators_are_judged() {
        List<WeakItem> weak = rules.evaluateIndicators(fy2566, Map.of(1, 99.0, 2, 82.0, 7, 88.0), Map.of(7, 94.0), Map.of());
        assertEquals(List.of("2 IMPROVE [BELOW_THRESHOLD] gap=3.0", "7 IMPROVE [BELOW_PEERS] gap=1.0"), lines(weak));
        assertTrue(weak.stream().allMatch(w -> w.level() == WeakItem.Level.INDICATOR));
    }
}
