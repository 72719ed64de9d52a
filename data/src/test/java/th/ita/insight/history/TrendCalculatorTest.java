package th.ita.insight.history;

import org.junit.jupiter.api.Test;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.trends.Trend;
import th.ita.insight.trends.TrendCalculator;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrendCalculatorTest {
    private final TrendCalculator trends = new TrendCalculator(Catalogs.bundled());

    @Test
    void a_total_declining_two_points_a_year_is_declining_within_its_method() {
        java.util.List<Trend> runs = trends.ofFigure(Map.of(2566, 95.0, 2567, 93.0, 2568, 91.0));
        // 2568 is a method break: 2566–2567 is one run, 2568 another, cut from it.
        assertEquals(2, runs.size());
        assertEquals(-2.0, runs.get(0).slope());
        Trend t = runs.get(1);
        assertEquals(2568, t.firstYear());
        assertTrue(t.methodChanged());
        assertNull(t.deltaYoy());
        Trend within = trends.ofFigure(Map.of(2562, 80.0, 2563, 78.0, 2564, 76.0, 2565, 74.0)).get(0);
        assertEquals(-2.0, within.slope());
        assertEquals(-2.0, within.deltaYoy());
        assertEquals(Trend.Direction.DECLINING, within.direction());
    }

    @Test
    void a_question_is_compared_only_through_comparable_codes() {
        // FY2566 i10 asks what FY2565 i9 asked; FY2566 i8 is new.
        Map<Integer, Map<String, Double>> scores = Map.of(
                2565, Map.of("i9", 80.0, "i8", 70.0, "o18", 100.0),
                2566, Map.of("i10", 84.0, "i8", 90.0, "o18", 0.0));
        Trend i10 = trends.ofQuestion(scores, 2566, "i10").orElseThrow();
        assertEquals(4.0, i10.deltaYoy());
        assertEquals(2565, i10.firstYear());
        Trend i8 = trends.ofQuestion(scores, 2566, "i8").orElseThrow();
        assertTrue(i8.methodChanged());
        assertNull(i8.deltaYoy(), "a changed question is not compared");
        Trend o18 = trends.ofQuestion(scores, 2566, "o18").orElseThrow();
        assertTrue(o18.methodChanged());
        assertNull(o18.deltaYoy(), "OIT codes are never compared across 2565→2566");
    }
}
