package th.ita.insight.dashboard.export;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.ita.insight.dashboard.analysis.WeakPoints;
import th.ita.insight.text.Language;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Part 2 of the o42 plans every theme part 1 analyses, under the same title and number, for every
 * agency-year of the sample; a theme whose measures all fall under the gain floor is to be maintained.
 */
class O42ThemesTest {
    private static SampleReports sample;

    @BeforeAll
    static void open() {
        sample = new SampleReports();
    }

    @AfterAll
    static void close() {
        sample.close();
    }

    /** The document's part 1 theme headings and part 2 rows, read from the layout's blocks. */
    record Parts(List<String> part1, List<List<String>> part2) {
        static Parts of(List<Block> blocks) {
            List<String> part1 = new ArrayList<>();
            List<List<String>> part2 = new ArrayList<>();
            int part = 0;
            for (Block b : blocks) {
                if (b instanceof Block.Text t && t.style() == Block.Style.HEADING) {
                    part = t.text().startsWith("ส่วนที่ 1") ? 1 : t.text().startsWith("ส่วนที่ 2") ? 2 : 3;
                } else if (part == 1 && b instanceof Block.Text t && t.style() == Block.Style.SUBHEADING) {
                    part1.add(t.text());
                } else if (part == 2 && b instanceof Block.Table t) {
                    part2.addAll(t.rows());
                }
            }
            return new Parts(part1, part2);
        }

        List<String> part2Topics() {
            return part2.stream().map(r -> r.get(0)).toList();
        }
    }

    private static Parts parts(O42Report r) {
        return Parts.of(O42Layout.layout(r, new byte[0], 1, 1, Language.TH, Digits.ARABIC));
    }

    @Test
    void part_2_has_a_row_for_every_theme_of_part_1_in_the_same_numbering_for_every_agency_year() throws Exception {
        List<Object[]> years = sample.agencyYears();
        assertTrue(years.size() > 150, years.size() + " agency-years");
        int maintained = 0;
        for (Object[] ay : years) {
            O42Report r = sample.report((String) ay[0], (Integer) ay[1]);
            Parts p = parts(r);
            String which = ay[0] + " FY" + ay[1];
            assertFalse(p.part1().isEmpty(), which + " analyses something");
            assertEquals(p.part1(), p.part2Topics(), which);
            for (int k = 0; k < r.themes().size(); k++) {
                WeakPoints.Theme theme = r.themes().get(k);
                boolean anyAboveFloor = theme.measures().stream().anyMatch(m -> m.expectedGain() >= 0.05);
                String approach = p.part2().get(k).get(1);
                List<String> units = List.of(p.part2().get(k).get(2).split("\n|\\s*/\\s*"));
                assertEquals(units.stream().distinct().count(), units.size(), which + ": each unit once: " + units);
                assertEquals(!anyAboveFloor, approach.equals("รักษาระดับและติดตามผล"), which + " " + theme.nameTh() + ": " + approach);
                for (WeakPoints.Measure m : theme.measures()) {
                    boolean recommended = m.expectedGain() >= 0.05;
                    assertEquals(recommended, approach.contains(m.titleTh()),
                            which + ": " + m.measureId() + " (+" + m.expectedGain() + ") is planned only when recommended");
                }
                maintained += anyAboveFloor ? 0 : 1;
            }
        }
        assertTrue(maintained > 0, "the sample has themes to maintain: " + maintained);
    }

    @Test
    void the_title_names_the_item_of_the_year_the_analysis_is_filed_in_and_none_where_that_year_has_none() throws Exception {
        // DESIGN §9.1: FY2566's analysis is FY2567's o42; FY2568 had no measures item; FY2569's catalog is not loaded.
        for (int[] c : new int[][]{{2566, 1}, {2567, 0}, {2568, 0}}) {
            O42Report r = sample.report(SampleReports.NATHON, c[0]);
            String title = ((Block.Text) O42Layout.layout(r, new byte[0], 1, 1, Language.TH, Digits.ARABIC).get(0)).text();
            assertEquals(c[1] == 1, title.endsWith("ภายในหน่วยงาน (o42)"), c[0] + ": " + title);
            assertTrue(title.startsWith("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน") && (c[1] == 1 || !title.contains("(o")),
                    c[0] + ": " + title);
        }
    }

    @Test
    void nathon_fy2566_keeps_theme_5_budget_and_procurement_dropped_by_the_old_top_10_cut() throws Exception {
        Parts p = parts(sample.report(SampleReports.NATHON, 2566));
        List<String> numbered = p.part2Topics().stream().filter(t -> t.startsWith("ประเด็นที่")).toList();
        assertEquals(7, numbered.size(), p.part2Topics().toString());
        for (int n = 1; n <= 7; n++) {
            assertTrue(numbered.get(n - 1).startsWith("ประเด็นที่ " + n + " "), numbered.toString());
        }
        assertTrue(numbered.get(4).contains("งบประมาณและการจัดซื้อจัดจ้าง"), numbered.get(4));
    }
}
