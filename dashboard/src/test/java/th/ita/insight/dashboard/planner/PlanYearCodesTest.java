package th.ita.insight.dashboard.planner;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.ita.insight.dashboard.PublishedDatabase;
import th.ita.insight.dashboard.web.Rows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A measure added to next year's plan links next year's codes (DESIGN §9.1), and the plan is checked against
 * its own year's catalog: the planner never warns about a measure the product recommended.
 */
class PlanYearCodesTest {
    private static final Path SAMPLE = Path.of("../analytics/target/fixtures/sample.duckdb");
    private static final String THUNG_BULANG = "sao-91-5e4884b1";
    private static PublishedDatabase db;
    private static AnalyticsFacts facts;

    @BeforeAll
    static void open() {
        assertTrue(Files.isRegularFile(SAMPLE), SAMPLE + " is published by the analytics tests (mvn -B verify)");
        db = new PublishedDatabase(SAMPLE, Duration.ZERO);
        facts = new AnalyticsFacts(new Rows(db));
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void the_fy2565_analysis_plans_fy2566_with_fy2566_oit_codes() throws Exception {
        // FY2565 M01 cites o36, o37, o29, o30 (risk, complaints in the FY2563–2565 list); FY2566 numbers them o34, o35, o27, o28.
        List<String> codes = facts.recommended(THUNG_BULANG, 2565, "M01").draft().questions();
        assertTrue(codes.containsAll(List.of("o34", "o35", "o27", "o28")), codes.toString());
        assertTrue(codes.stream().noneMatch(c -> List.of("o36", "o37", "o29", "o30").contains(c)), codes.toString());
        assertEquals(List.of(), PlanFlags.vanished(facts.recommended(THUNG_BULANG, 2565, "M01").draft(),
                facts.catalogFor(2566).codes()));
        assertEquals(2566, facts.catalogFor(2566).year());
    }

    @Test
    void a_plan_for_a_year_without_a_catalog_cites_no_oit_code_of_another_year() throws Exception {
        // Chiang Mai city FY2568: M22 cites o8, o9, o11 of FY2568; FY2569 has no catalog in this sample yet.
        AnalyticsFacts.Recommended r = facts.recommended("city-municipality-50-7431b36c", 2568, "M22");
        assertTrue(r != null, "the sample recommends M22 to it in FY2568");
        assertTrue(r.draft().questions().stream().noneMatch(c -> c.startsWith("o")), r.draft().questions().toString());
        assertEquals(2568, facts.catalogFor(2569).year(), "checked against the newest catalog before the plan year");
    }
}
