package th.ita.insight.dashboard.planner;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanValidationTest {
    @Test
    void a_typed_form_becomes_a_draft_with_thai_digits_and_be_dates_understood() {
        PlanValidation.Result r = PlanValidation.validate(Map.of("title", " ปรับปรุงคู่มือ ", "questions", "E12, o๓๓ i7 i7",
                "start", "๒๕๖๗-๑๐-๐๑", "end", "2025-09-30", "target", "๙๐.๕", "status", "in-progress",
                "evidence", "https://www.example.go.th/oit/o9\nhttp://example.go.th/a"));
        assertTrue(r.ok(), r.problems().toString());
        PlanDraft d = r.draft();
        assertEquals("ปรับปรุงคู่มือ", d.title());
        assertEquals(List.of("e12", "o33", "i7"), d.questions());
        assertEquals(LocalDate.of(2024, 10, 1), d.start());
        assertEquals(90.5, d.targetScore());
        assertEquals(PlanStatus.IN_PROGRESS, d.status());
        assertEquals(2, d.evidence().size());
    }

    @Test
    void every_problem_is_reported_at_once() {
        PlanValidation.Result r = PlanValidation.validate(Map.of("title", "", "questions", "q9", "start", "2025-10-01",
                "end", "2025-01-01", "target", "120", "status", "lost", "evidence", "javascript:alert(1) ftp://x.org/a /relative"));
        assertEquals(Set.of("title", "questions", "end", "target", "status", "evidence"),
                Set.copyOf(r.problems().stream().map(PlanValidation.Problem::field).toList()));
        assertEquals(3, r.problems().stream().filter(p -> p.field().equals("evidence")).count());
    }

    @Test
    void a_plan_is_flagged_for_the_linked_items_the_newest_catalog_lost() {
        PlanDraft d = PlanValidation.validate(Map.of("title", "t", "questions", "i7, o33, e5")).draft();
        assertEquals(List.of("o33"), PlanFlags.vanished(d, Set.of("i7", "e5")));
        assertEquals(List.of(), PlanFlags.vanished(d, Set.of()), "no catalog, no flag");
    }

    @Test
    void periods_are_written_with_buddhist_era_years() {
        assertEquals("1 ต.ค. 2567 – 30 ก.ย. 2568", ThaiDates.period(ThaiDates.fiscalYearStart(2568), ThaiDates.fiscalYearEnd(2568),
                th.ita.insight.text.Language.TH));
        assertEquals("1 Oct 2567 – 30 Sep 2568", ThaiDates.period(ThaiDates.fiscalYearStart(2568), ThaiDates.fiscalYearEnd(2568),
                th.ita.insight.text.Language.EN));
    }

    @Test
    void coverage_lists_weak_items_no_live_plan_links_most_uncovered_first() {
        var rows = Coverage.of(new java.util.LinkedHashMap<>(Map.of("a", new String[]{"ก", "สตูล"}, "b", new String[]{"ข", "สตูล"})),
                List.of(new Coverage.Weak("a", "i7", "urgent"), new Coverage.Weak("a", "e5", "watch"),
                        new Coverage.Weak("b", "o1", "improve"), new Coverage.Weak("z", "i1", "urgent")),
                Map.of("a", Set.of("i7")), Map.of("a", 1));
        assertEquals("a [e5] 1/2, b [o1] 0/1", rows.stream().map(c -> c.agencyId() + " " + c.uncovered() + " " + c.planItems() + "/" + c.weak())
                .sorted().reduce((x, y) -> x + ", " + y).orElseThrow());
    }
}
