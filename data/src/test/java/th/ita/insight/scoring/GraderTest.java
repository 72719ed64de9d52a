package th.ita.insight.scoring;

import org.junit.jupiter.api.Test;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.catalog.Tool;
import th.ita.insight.catalog.YearCatalog;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GraderTest {
    private final Catalogs catalogs = Catalogs.bundled();

    private String grade(int year, double total, double iit, double eit, double oit) {
        YearCatalog c = catalogs.forYear(year).orElseThrow();
        return Grader.grade(c, total, Map.of(Tool.IIT, iit, Tool.EIT, eit, Tool.OIT, oit)).orElseThrow().code();
    }

    @Test
    void letter_bands_of_fy2562_to_fy2565_follow_the_total_alone() {
        assertEquals("AA", grade(2564, 95.62, 90, 90, 99));
        assertEquals("A", grade(2565, 90.22, 99, 99, 99));
        assertEquals("A", grade(2564, 85.00, 80, 80, 90));
        assertEquals("B", grade(2564, 84.99, 99, 99, 99));
        assertEquals("C", grade(2562, 66.73, 70, 70, 60));
        assertEquals("D", grade(2565, 58.13, 70, 70, 40));
        assertEquals("F", grade(2563, 49.99, 50, 50, 50));
    }

    @Test
    void fy2566_levels_need_every_tool_score_as_well_as_the_total() {
        assertEquals("EXCELLENT", grade(2566, 97.0, 96, 95, 99));
        assertEquals("GOOD", grade(2566, 96.98, 98.45, 91.47, 100));
        assertEquals("PASS", grade(2566, 90.06, 85.67, 84.57, 97.5));
        assertEquals("IMPROVE", grade(2566, 77.70, 80, 80, 75));
        assertEquals("URGENT", grade(2567, 69.99, 80, 80, 50));
    }

    @Test
    void a_total_of_exactly_100_has_the_top_grade() {
        assertEquals("AA", grade(2564, 100.0, 100, 100, 100));
        assertEquals("EXCELLENT", grade(2568, 100.0, 100, 100, 100));
    }
}
