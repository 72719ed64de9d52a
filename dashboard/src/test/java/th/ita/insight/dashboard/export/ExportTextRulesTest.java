package th.ita.insight.dashboard.export;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure text rules of the exports: Thai mark placement, line breaking, spreadsheet safety, digits. */
class ExportTextRulesTest {
    /** Every variant moves 1 unit right and its ordinal down, so a test can tell which one was chosen. */
    private static final ThaiMarks.Offsets FAKE = (mark, v) -> new float[]{1, -(v.ordinal() + 1)};

    private static String placed(String text) {
        StringBuilder sb = new StringBuilder();
        for (ThaiMarks.Run r : ThaiMarks.runs(text, FAKE)) {
            sb.append(r.dx() == 0 ? r.text() : "[" + r.text() + ":" + ThaiMarks.Variant.values()[(int) -r.dy() - 1] + "]");
        }
        return sb.toString();
    }

    @Test
    void a_tone_mark_comes_down_only_where_no_upper_vowel_holds_it_up() {
        assertEquals("ได[้:LOW]", placed("ได้"), "ได้ floats without shaping");
        assertEquals("ที่", placed("ที่"), "stacked over sara ii: stays high");
        assertEquals("น้ำ", placed("น้ำ"), "over sara am the nikhahit takes the low place");
        assertEquals("ป[่:LOW_LEFT]า", placed("ป่า"), "left of the tall consonant's ascender, and low");
        assertEquals("ป[ี:LEFT]", placed("ปี"));
        assertEquals("ญ[ุ:DROP]", placed("ญุ"), "below the tail");
        assertEquals("กุ", placed("กุ"));
    }

    @Test
    void the_text_of_every_run_together_is_the_text_unchanged() {
        String s = "โปร่งใส เจ้าหน้าที่ ฤทธิ์ ปฏิบัติ มุ่งเน้น ฝึกอบรม";
        StringBuilder joined = new StringBuilder();
        ThaiMarks.runs(s, FAKE).forEach(r -> joined.append(r.text()));
        assertEquals(s, joined.toString(), "the PDF stays searchable");
    }

    @Test
    void thai_wraps_at_word_boundaries_and_never_inside_a_cluster() {
        List<String> lines = LineBreaker.wrap("การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ", 12, String::length);
        assertTrue(lines.size() > 3, lines.toString());
        assertEquals("การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ", String.join("", lines));
        for (String line : lines) {
            assertTrue(!line.isEmpty() && !ThaiMarks.isMark(line.charAt(0)), "no line starts with a mark: " + lines);
        }
        assertEquals(List.of("a", "", "b"), LineBreaker.wrap("a\n\nb", 10, String::length), "newlines are paragraphs");
    }

    @Test
    void spreadsheet_text_that_starts_like_a_formula_gets_an_apostrophe() {
        assertEquals("'=1+1", SpreadsheetText.neutralise("=1+1"));
        assertEquals("'+66 81", SpreadsheetText.neutralise("+66 81"));
        assertEquals("'-ทดลอง", SpreadsheetText.neutralise("-ทดลอง"));
        assertEquals("'@SUM(A1)", SpreadsheetText.neutralise("@SUM(A1)"));
        assertEquals("'\tx", SpreadsheetText.neutralise("\tx"));
        assertEquals("นาทอน = 1", SpreadsheetText.neutralise("นาทอน = 1"));
        assertNull(SpreadsheetText.neutralise(null));
    }

    @Test
    void thai_digits_replace_arabic_ones_only() {
        assertEquals("o๓๔ ๙๖.๙๘ พ.ศ. ๒๕๖๖", Digits.THAI.apply("o34 96.98 พ.ศ. 2566"));
        assertEquals("96.98", Digits.ARABIC.apply("96.98"));
    }
}
