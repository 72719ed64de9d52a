package th.ita.insight.dashboard.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HistogramTest {
    @Test
    void bins_of_five_points_from_fifty_with_one_hundred_in_the_last_bin() {
        Histogram h = Histogram.of(List.of(50.0, 84.99, 85.0, 96.98, 100.0), 96.98);

        assertEquals(10, h.bins().size());
        assertEquals("50–55", h.bins().get(0).label());
        assertEquals(1, h.bins().get(0).count());
        assertEquals(1, h.bins().get(6).count(), "80–85 holds 84.99");
        assertEquals(1, h.bins().get(7).count(), "85–90 holds 85.00");
        assertEquals(2, h.bins().get(9).count(), "95–100 holds 96.98 and 100");
        assertTrue(h.bins().get(9).marked());
        assertFalse(h.bins().get(7).marked());
        assertEquals(5, h.bins().stream().mapToInt(Histogram.Bin::count).sum(), "every total in exactly one bin");
    }

    @Test
    void starts_lower_when_a_total_is_below_fifty() {
        Histogram h = Histogram.of(List.of(37.5, 90.0), null);

        assertEquals("35–40", h.bins().get(0).label());
        assertEquals(13, h.bins().size());
        assertTrue(h.bins().stream().noneMatch(Histogram.Bin::marked));
    }
}
