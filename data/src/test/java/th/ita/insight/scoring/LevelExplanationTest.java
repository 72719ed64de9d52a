package th.ita.insight.scoring;

import org.junit.jupiter.api.Test;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.catalog.GradeBand;
import th.ita.insight.catalog.Tool;
import th.ita.insight.scoring.LevelExplanation.Form;
import th.ita.insight.text.Language;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tool scores below are chosen so that 0.3·IIT + 0.3·EIT + 0.4·OIT rounds to the total, e.g.
 * 0.3·98.45 + 0.3·91.47 + 0.4·100 = 96.976 → 96.98 (อบต.นาทอน FY2566 in the sample).
 */
class LevelExplanationTest {
    private static final String ONE_SOURCE_TH = " (เกณฑ์ทุกเครื่องมือ ≥ 95 มาจากแหล่งเดียว ยังไม่ได้รับการยืนยันจาก ป.ป.ช.)";
    private static final String ONE_SOURCE_EN = " (the every-tool ≥ 95 rule has a single source, not confirmed by the NACC)";

    private final Catalogs catalogs = Catalogs.bundled();

    private List<GradeBand> bands(int year) {
        return catalogs.forYear(year).orElseThrow().gradeBands();
    }

    /** The bands as the dashboard builds them from catalog_grade_band, which has no if_tools_unknown column. */
    private List<GradeBand> publishedBands(int year) {
        return bands(year).stream().map(b -> new GradeBand(b.code(), b.labelTh(), b.labelEn(), b.min(), b.max(),
                b.minEachTool(), b.pass())).toList();
    }

    private static Map<Tool, Double> tools(double iit, double eit, double oit) {
        return Map.of(Tool.IIT, iit, Tool.EIT, eit, Tool.OIT, oit);
    }

    private static String lines(LevelExplanation e) {
        return String.join("\n", e.line(Language.TH, Form.PAGE), e.line(Language.EN, Form.PAGE),
                e.line(Language.TH, Form.DOCUMENT), e.line(Language.EN, Form.DOCUMENT));
    }

    @Test
    void good_pass_at_96_98_is_not_excellent_because_eit_is_below_95() {
        LevelExplanation e = LevelExplanation.of(bands(2566), 96.98, tools(98.45, 91.47, 100)).orElseThrow();
        assertEquals("GOOD", e.level().code());
        assertEquals("EXCELLENT", e.next().code());
        assertEquals(List.of(new LevelExplanation.Shortfall(Tool.EIT, 91.47, 95, true)), e.shortfalls());
        assertEquals(String.join("\n",
                "ผ่านดี: ไม่ถึงผ่านดีเยี่ยมเพราะ EIT 91.47 < 95" + ONE_SOURCE_TH,
                "Good: not Excellent because EIT 91.47 < 95" + ONE_SOURCE_EN,
                "คะแนนรวม 96.98 และทุกเครื่องมือไม่ต่ำกว่า 85 แต่ EIT 91.47 ต่ำกว่า 95",
                "Total 96.98 and every tool at 85 or more, but EIT 91.47 is below 95"), lines(e));
        assertEquals("ไม่ถึงผ่านดีเยี่ยมเพราะ EIT 91.47 < 95", e.reason(Language.TH), "a table cell shows the level above it");
        assertEquals(ONE_SOURCE_EN, " (" + e.caveat(Language.EN) + ")");
    }

    @Test
    void excellent_at_96_53_with_every_tool_at_95_has_no_next_level() {
        // 0.3·96.43 + 0.3·95.60 + 0.4·97.30 = 96.529 → 96.53
        LevelExplanation e = LevelExplanation.of(bands(2566), 96.53, tools(96.43, 95.60, 97.30)).orElseThrow();
        assertEquals("EXCELLENT", e.level().code());
        assertTrue(e.nextLevel().isEmpty());
        assertEquals(String.join("\n",
                "ผ่านดีเยี่ยม: ระดับสูงสุด — คะแนนรวม 96.53 และทุกเครื่องมือไม่ต่ำกว่า 95" + ONE_SOURCE_TH,
                "Excellent: the highest level — total 96.53 and every tool at 95 or more" + ONE_SOURCE_EN,
                "คะแนนรวม 96.53 และทุกเครื่องมือไม่ต่ำกว่า 95",
                "Total 96.53 and every tool at 95 or more"), lines(e));
    }

    @Test
    void pass_at_94_64_is_not_good_because_eit_is_below_85_a_confirmed_rule_without_caveat() {
        // The FY2568 press case: 94.64 cut from ผ่านดี to ผ่าน for an EIT below 85.
        // 0.3·97.63 + 0.3·84.50 + 0.4·100 = 94.639 → 94.64
        LevelExplanation e = LevelExplanation.of(bands(2568), 94.64, tools(97.63, 84.50, 100)).orElseThrow();
        assertEquals("PASS", e.level().code());
        assertFalse(e.restsOnSingleSource());
        assertEquals("", e.caveat(Language.TH));
        assertEquals(String.join("\n",
                "ผ่าน: ไม่ถึงผ่านดีเพราะ EIT 84.50 < 85",
                "Pass: not Good because EIT 84.50 < 85",
                "คะแนนรวม 94.64 ไม่ต่ำกว่า 85 แต่ EIT 84.50 ต่ำกว่า 85",
                "Total 94.64 is at least 85, but EIT 84.50 is below 85"), lines(e));
    }

    @Test
    void fy2564_letter_grade_needs_only_the_total_for_the_next_letter() {
        LevelExplanation e = LevelExplanation.of(bands(2564), 91.20, tools(99, 99, 80)).orElseThrow();
        assertEquals(String.join("\n",
                "A: ไม่ถึง AA เพราะคะแนนรวม 91.20 < 95",
                "A: not AA because total 91.20 < 95",
                "คะแนนรวม 91.20 ไม่ต่ำกว่า 85 แต่ต่ำกว่า 95",
                "Total 91.20 is at least 85, but below 95"), lines(e));
        assertEquals(lines(e), lines(LevelExplanation.of(bands(2564), 91.20, Map.of()).orElseThrow()),
                "letter years look at the total only, so unknown tool scores change nothing");
    }

    @Test
    void needs_improvement_is_blocked_by_the_total_alone() {
        // 0.3·89.67 + 0.3·80 + 0.4·80.5 = 83.101 → 83.10; ผ่าน looks at the total only, so EIT 80 is no reason.
        LevelExplanation e = LevelExplanation.of(bands(2566), 83.10, tools(89.67, 80, 80.5)).orElseThrow();
        assertEquals(String.join("\n",
                "ต้องปรับปรุง: ไม่ถึงผ่านเพราะคะแนนรวม 83.10 < 85",
                "Needs improvement: not Pass because total 83.10 < 85",
                "คะแนนรวม 83.10 ไม่ต่ำกว่า 70 แต่ต่ำกว่า 85",
                "Total 83.10 is at least 70, but below 85"), lines(e));
    }

    @Test
    void good_pass_below_95_in_total_and_in_two_tools_names_all_three_against_one_bound() {
        // 0.3·96 + 0.3·86 + 0.4·88.5 = 90.00
        LevelExplanation e = LevelExplanation.of(bands(2566), 90.00, tools(96, 86, 88.5)).orElseThrow();
        assertEquals(String.join("\n",
                "ผ่านดี: ไม่ถึงผ่านดีเยี่ยมเพราะคะแนนรวม 90.00, EIT 86.00, OIT 88.50 < 95" + ONE_SOURCE_TH,
                "Good: not Excellent because total 90.00, EIT 86.00, OIT 88.50 < 95" + ONE_SOURCE_EN,
                "คะแนนรวม 90.00 และทุกเครื่องมือไม่ต่ำกว่า 85 แต่คะแนนรวม 90.00 EIT 86.00 และ OIT 88.50 ต่ำกว่า 95",
                "Total 90.00 and every tool at 85 or more, but the total, EIT 86.00 and OIT 88.50 are below 95"),
                lines(e));
    }

    @Test
    void unknown_tool_scores_leave_the_level_to_the_total_only() {
        String expected = String.join("\n",
                "ผ่านขึ้นไป (85+): ตัดสินจากคะแนนรวม 96.98 เท่านั้น เพราะไม่มีคะแนนรายเครื่องมือ"
                        + " (ผ่านดีและผ่านดีเยี่ยมต้องใช้คะแนนทุกเครื่องมือ)",
                "Pass or better (85+): decided by the total 96.98 only, as the tool scores are unknown"
                        + " (Good and Excellent need every tool's score)",
                "คะแนนรวม 96.98 ไม่ต่ำกว่า 85",
                "Total 96.98 is at least 85");
        LevelExplanation fromCatalog = LevelExplanation.of(bands(2566), 96.98, Map.of()).orElseThrow();
        assertTrue(fromCatalog.decidedByTotalOnly());
        assertEquals(expected, lines(fromCatalog));
        assertEquals(expected, lines(LevelExplanation.of(publishedBands(2566), 96.98, Map.of(Tool.EIT, 91.47))
                .orElseThrow()), "the published table has no if_tools_unknown; a partial set of tools is unknown");
    }

    @Test
    void lowest_level_says_only_what_the_total_misses() {
        LevelExplanation e = LevelExplanation.of(bands(2567), 60.00, tools(70, 60, 52.5)).orElseThrow();
        assertEquals(String.join("\n",
                "ต้องปรับปรุงโดยด่วน: ไม่ถึงต้องปรับปรุงเพราะคะแนนรวม 60.00 < 70",
                "Needs urgent improvement: not Needs improvement because total 60.00 < 70",
                "คะแนนรวม 60.00 ต่ำกว่า 70",
                "Total 60.00 is below 70"), lines(e));
    }

    @Test
    void years_with_totals_only_and_no_bands_get_no_line() {
        assertTrue(LevelExplanation.of(bands(2561), 88.0, Map.of()).isEmpty());
        assertTrue(LevelExplanation.of(List.of(), 88.0, tools(90, 90, 90)).isEmpty());
    }
}
