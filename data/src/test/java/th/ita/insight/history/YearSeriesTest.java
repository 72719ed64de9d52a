package th.ita.insight.history;

import org.junit.jupiter.api.Test;
import th.ita.insight.catalog.Catalogs;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class YearSeriesTest {
    /** สสวท. totals as published (realdata/ipst_series_2558_2567.csv). */
    private static final Map<Integer, Double> IPST = Map.of(2558, 79.69, 2559, 83.73, 2560, 91.35, 2561, 83.10,
            2562, 91.07, 2563, 90.73, 2564, 95.62, 2565, 90.22, 2566, 86.78, 2567, 91.15);

    @Test
    void a_ten_year_series_is_cut_at_the_2562_and_2566_method_breaks() {
        List<YearSeries.Segment> segments = new YearSeries(IPST, Catalogs.bundled()).segments();
        assertEquals(List.of("2558-2561", "2562-2565", "2566-2567"),
                segments.stream().map(s -> s.firstYear() + "-" + s.lastYear()).toList());
    }

    @Test
    void the_trend_across_2565_to_2566_is_not_joined() {
        YearSeries series = new YearSeries(Map.of(2564, 95.62, 2565, 90.22, 2566, 86.78, 2567, 91.15), Catalogs.bundled());
        List<YearSeries.Segment> segments = series.segments();
        assertEquals(2, segments.size());
        assertEquals(-5.40, segments.get(0).slope(), 1e-9);
        assertEquals(4.37, segments.get(1).slope(), 1e-9);
        YearSeries.Segment whole = series.whole();
        assertEquals(List.of(2566), whole.breaksInside(), "asked for whole, the break is marked");
    }

    @Test
    void a_gap_year_that_hides_a_break_still_cuts() {
        List<YearSeries.Segment> segments = new YearSeries(Map.of(2565, 90.0, 2567, 92.0), Catalogs.bundled()).segments();
        assertEquals(2, segments.size());
        assertNull(segments.get(0).slope());
    }
}
