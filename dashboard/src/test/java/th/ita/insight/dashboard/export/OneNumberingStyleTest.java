package th.ita.insight.dashboard.export;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.ita.insight.dashboard.analysis.WeakPoints;
import th.ita.insight.text.Language;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A document writes every number in the digits chosen, lists included: the measures' steps come as
 * "๑. … ๒. …" and part 2 used to number them "1) ๑. …", so one line mixed two styles.
 */
class OneNumberingStyleTest {
    private static final Pattern THAI_DIGIT = Pattern.compile("[๐-๙]");
    private static final Pattern ARABIC_DIGIT = Pattern.compile("[0-9]");
    /** A list number in the other style: "1)" at the start of a line. */
    private static final Pattern PAREN_NUMBER = Pattern.compile("^[0-9๐-๙]+\\)");
    private static SampleReports sample;

    @BeforeAll
    static void open() {
        sample = new SampleReports();
    }

    @AfterAll
    static void close() {
        sample.close();
    }

    /** The lines of the document that break the style, for a message. */
    static List<String> offending(List<String> lines, Digits digits) {
        Pattern other = digits == Digits.ARABIC ? THAI_DIGIT : ARABIC_DIGIT;
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (other.matcher(line).find() || PAREN_NUMBER.matcher(line.strip()).find()) {
                out.add(line);
            }
        }
        return out;
    }

    @Test
    void the_check_finds_the_mixed_list_part_2_used_to_print() {
        assertEquals(List.of("1) ๑. จัดทำระบบ ๒. ระบุช่องทาง"), offending(List.of("1) ๑. จัดทำระบบ ๒. ระบุช่องทาง", "2566"), Digits.ARABIC));
        assertEquals(List.of("2566"), offending(List.of("๑. จัดทำระบบ", "2566"), Digits.THAI));
    }

    @Test
    void every_line_of_the_o42_uses_the_digits_chosen_and_lists_are_numbered_one_way() throws Exception {
        String[] newest = sample.fy2568();
        // An agency-year with a theme of two recommended measures, so part 2 numbers steps 1.1, 2.1 somewhere.
        Map<String, Object> nestedPlan = sample.rows.one("""
                SELECT r.agency_id, r.fiscal_year FROM recommendation r JOIN measure m USING (measure_id)
                WHERE r.expected_gain >= 0.05
                GROUP BY r.agency_id, r.fiscal_year, m.theme_number HAVING count(*) >= 2 ORDER BY 1, 2 LIMIT 1""");
        int nestedSeen = 0;
        for (O42Report r : List.of(sample.report(SampleReports.NATHON, 2566), sample.report(newest[0], Integer.parseInt(newest[1])),
                sample.report((String) nestedPlan.get("agency_id"), ((Number) nestedPlan.get("fiscal_year")).intValue()))) {
            for (Digits digits : Digits.values()) {
                String which = r.agency().id() + " FY" + r.year() + " " + digits;
                byte[] docx = O42Exporter.export(r, ExportFormat.DOCX, Language.TH, digits);
                List<String> lines;
                try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
                    lines = List.of(x.getText().split("\\R|\\t"));
                }
                assertEquals(List.of(), offending(lines, digits), which + " DOCX");
                boolean nested = r.themes().stream().anyMatch(t -> t.measures().stream().filter(WeakPoints.Measure::recommended).count() >= 2);
                nestedSeen += nested ? 1 : 0;
                assertEquals(nested, lines.stream().anyMatch(l -> l.strip().startsWith(digits.apply("1.1 "))),
                        which + ": part 2 numbers the steps of a theme's second measure 2.1, 2.2 under its 1.1, 1.2");
                assertEquals(List.of(), offending(ExportedText.pdfLines(O42Exporter.export(r, ExportFormat.PDF, Language.TH, digits)),
                        digits), which + " PDF");
            }
        }
        assertTrue(nestedSeen > 0, "a plan with numbered steps under numbered measures was checked");
    }
}
