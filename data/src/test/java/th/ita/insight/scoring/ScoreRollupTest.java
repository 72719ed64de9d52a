package th.ita.insight.scoring;

import org.junit.jupiter.api.Test;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.catalog.Tool;
import th.ita.insight.catalog.YearCatalog;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoreRollupTest {
    private final YearCatalog fy2566 = Catalogs.bundled().forYear(2566).orElseThrow();

    @Test
    void nathon_fy2566_indicators_give_the_published_total_96_98() {
        // Seed 003 (อบต.นาทอน, สตูล): the ten indicator scores as printed in its o42.
        Map<Integer, Double> indicators = Map.of(1, 99.44, 2, 97.75, 3, 98.79, 4, 97.47, 5, 98.79,
                6, 92.83, 7, 91.26, 8, 90.33, 9, 100.0, 10, 100.0);

        AgencyYearRollup r = new ScoreRollup(fy2566).rollUp(Map.of(), indicators);

        assertEquals(98.448, r.tool(Tool.IIT), 1e-9);
        assertEquals(91.473, r.tool(Tool.EIT), 1e-3);
        assertEquals(100.0, r.tool(Tool.OIT), 1e-9);
        assertEquals(96.98, r.publishedTotal());
        // Printed "ผ่านดี" in the seed: EIT below 95 keeps it out of ผ่านดีเยี่ยม.
        assertEquals("ผ่านดี", r.grade().labelTh());
    }

    @Test
    void nasom_fy2566_tool_scores_give_the_published_total_95_15() {
        // Seed 002 (อบต.นาโสม, ลพบุรี): IIT 99.84, EIT 94.00, OIT 92.50.
        Map<Tool, Double> tools = new EnumMap<>(Tool.class);
        tools.put(Tool.IIT, 99.84);
        tools.put(Tool.EIT, 94.00);
        tools.put(Tool.OIT, 92.50);

        AgencyYearRollup r = new ScoreRollup(fy2566).fromTools(tools);

        assertEquals(95.152, r.total().value(), 1e-9);
        assertEquals(95.15, r.publishedTotal());
        assertEquals("ผ่านดี", r.grade().labelTh());
    }

    @Test
    void khon_kaen_rounded_tool_scores_recompute_one_hundredth_above_the_published_total() {
        // realdata/tool_scores.csv: published 90.06 was computed from unrounded tool scores.
        Map<Tool, Double> tools = new EnumMap<>(Tool.class);
        tools.put(Tool.IIT, 85.67);
        tools.put(Tool.EIT, 84.57);
        tools.put(Tool.OIT, 97.50);
        assertEquals(90.07, new ScoreRollup(fy2566).fromTools(tools).publishedTotal());
    }

    @Test
    void indicator_is_the_mean_of_its_question_scores() {
        Map<String, Double> questions = new HashMap<>();
        double[] ind1 = {100, 100, 99.16, 99.16, 99.16, 99.16};
        for (int i = 0; i < ind1.length; i++) {
            questions.put("i" + (i + 1), ind1[i]);
        }
        AgencyYearRollup r = new ScoreRollup(fy2566).rollUp(questions, Map.of());
        IndicatorScore s = r.indicators().get(1);
        assertEquals(99.44, Rounding.twoDecimals(s.score()));
        assertEquals(IndicatorScore.Origin.ITEMS, s.origin());
        assertEquals(6, s.itemsScored());
    }

    @Test
    void a_missing_indicator_leaves_its_tool_and_the_total_empty_instead_of_inventing_them() {
        Map<Integer, Double> indicators = new HashMap<>(Map.of(1, 99.0, 2, 98.0, 3, 97.0, 4, 96.0,
                6, 90.0, 7, 91.0, 8, 92.0, 9, 100.0, 10, 100.0));
        AgencyYearRollup r = new ScoreRollup(fy2566).rollUp(Map.of(), indicators);
        assertNull(r.tool(Tool.IIT));
        assertEquals(91.0, r.tool(Tool.EIT), 1e-9);
        assertNull(r.total());
        assertNull(r.grade());
    }

    @Test
    void rounding_is_half_up_as_the_nacc_prints() {
        assertEquals(96.98, Rounding.twoDecimals(96.975));
        assertEquals(95.15, Rounding.twoDecimals(95.152));
        assertEquals(90.07, Rounding.twoDecimals(90.065));
    }

    @Test
    void published_tool_scores_that_recompute_one_hundredth_apart_are_accepted_as_rounding() {
        // ม.ขอนแก่น FY2566 (realdata/tool_scores.csv): total 90.06 published, 90.07 from the rounded tools.
        AgencyYearRollup r = new ScoreRollup(fy2566).rollUp(new AgencyYearInput(Map.of(), Map.of(),
                Map.of(Tool.IIT, Published.of(85.67, null), Tool.EIT, Published.of(84.57, null),
                        Tool.OIT, Published.of(97.50, null)),
                new Published(90.06, "A", new Provenance("tool_scores.csv", 2))));

        assertEquals(90.06, r.publishedTotal(), "the published total is what users see");
        assertEquals(Figure.Source.PUBLISHED, r.total().source());
        assertEquals(90.072, r.total().computed(), 1e-9);
        assertEquals(1, r.notes().size());
        assertEquals(Note.Kind.ROUNDING, r.notes().get(0).kind());
        assertEquals("PASS", r.grade().code(), "EIT 84.57 < 85 keeps it from ผ่านดี");
    }

    @Test
    void a_published_total_two_points_off_its_tool_scores_is_a_warning_naming_both_values() {
        AgencyYearRollup r = new ScoreRollup(fy2566).rollUp(new AgencyYearInput(Map.of(), Map.of(),
                Map.of(Tool.IIT, Published.of(99.84, null), Tool.EIT, Published.of(94.00, null),
                        Tool.OIT, Published.of(92.50, null)),
                Published.of(97.15, null)));

        Note warning = r.notes().get(0);
        assertEquals(Note.Kind.MISMATCH, warning.kind());
        assertTrue(warning.isWarning());
        assertEquals(97.15, warning.published());
        assertEquals(95.15, warning.computed());
        assertTrue(warning.messageEn().contains("97.15 / 95.15"), warning.messageEn());
        assertEquals(97.15, r.publishedTotal());
    }

    @Test
    void nine_indicators_give_two_tools_and_a_note_but_no_total() {
        Map<Integer, Double> nine = new HashMap<>(Map.of(1, 99.0, 2, 98.0, 3, 97.0, 4, 96.0,
                6, 90.0, 7, 91.0, 8, 92.0, 9, 100.0, 10, 100.0));
        AgencyYearRollup r = new ScoreRollup(fy2566).rollUp(Map.of(), nine);

        assertNull(r.total());
        assertEquals(2, r.tools().size());
        assertEquals(List.of("IIT lacks indicator(s) 5: no IIT score derived", "no IIT score: no total derived"),
                r.notes().stream().map(Note::messageEn).toList());
    }

    @Test
    void an_indicator_with_a_missing_item_is_not_derived_from_the_others() {
        Map<String, Double> five = Map.of("i1", 90.0, "i2", 90.0, "i3", 90.0, "i4", 90.0, "i5", 90.0);
        AgencyYearRollup r = new ScoreRollup(fy2566).rollUp(five, Map.of());
        assertTrue(r.indicators().isEmpty());
        assertTrue(r.notes().get(0).messageEn().contains("has 5 of 6 items (missing i6)"), r.notes().get(0).messageEn());
    }

    @Test
    void a_fy2566_total_alone_says_only_what_the_total_decides() {
        ScoreRollup rollup = new ScoreRollup(fy2566);
        AgencyYearRollup high = rollup.rollUp(new AgencyYearInput(Map.of(), Map.of(), Map.of(), Published.of(96.04, null)));
        assertEquals("PASS_OR_BETTER", high.grade().code());
        assertEquals(Grade.Basis.TOTAL_ONLY, high.grade().basis());
        AgencyYearRollup low = rollup.rollUp(new AgencyYearInput(Map.of(), Map.of(), Map.of(), new Published(77.70, "B", null)));
        assertEquals("IMPROVE", low.grade().code());
        assertEquals("B", low.total().published().label(), "the printed label is kept beside the official level");
    }

    @Test
    void a_total_only_year_keeps_the_total_and_its_printed_label_and_has_no_grade() {
        YearCatalog fy2561 = Catalogs.bundled().forYear(2561).orElseThrow();
        AgencyYearRollup r = new ScoreRollup(fy2561).rollUp(
                new AgencyYearInput(Map.of(), Map.of(), Map.of(), new Published(83.10, "สูงมาก", null)));
        assertEquals(83.10, r.publishedTotal());
        assertNull(r.grade());
        assertEquals("สูงมาก", r.total().published().label());
    }
}
