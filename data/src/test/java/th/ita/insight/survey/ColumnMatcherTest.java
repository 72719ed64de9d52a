package th.ita.insight.survey;

import org.junit.jupiter.api.Test;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.catalog.Tool;
import th.ita.insight.catalog.YearCatalog;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ColumnMatcherTest {
    final YearCatalog fy2566 = Catalogs.bundled().forYear(2566).orElseThrow();

    List<String> matched(Tool tool, Map<String, String> map, String... header) {
        return new ColumnMatcher(fy2566, tool, map).match(header).stream()
                .map(c -> c.letter() + " " + c.kind() + " " + c.code() + (c.subItem() == null ? "" : "." + c.subItem()))
                .toList();
    }

    @Test
    void codes_are_found_wherever_the_header_writes_them() {
        assertEquals(List.of("A QUESTION i1", "B QUESTION i12", "C QUESTION i3", "D QUESTION i20", "E QUESTION i4.1",
                        "F QUESTION i4.2", "G QUESTION i5", "H QUESTION i6"),
                matched(Tool.IIT, Map.of(), "i1", "I12 การเปิดโอกาส", "ข้อ i3 มุ่งผลสัมฤทธิ์", "i๒๐.", "i4.1 เรียกรับเงิน",
                        "i4.2 เรียกรับทรัพย์สิน", "(i5)", "ข้อ 6"));
    }

    @Test
    void thai_question_text_matches_when_close_and_the_rest_is_ignored_or_reported() {
        String i13 = fy2566.item("i13").orElseThrow().textTh();
        assertEquals(List.of("A IGNORED null", "B IGNORED null", "C QUESTION i13", "D UNMATCHED null",
                        "E UNMATCHED null", "F IGNORED null"),
                matched(Tool.IIT, Map.of(), "Timestamp", "อีเมล", " " + i13.replace(" ", "  ") + " ", "ระดับความพอใจ",
                        "e5 ช่องทาง", "ข้อเสนอแนะอื่น ๆ"));
    }

    @Test
    void a_mapping_file_names_columns_and_two_columns_for_one_question_are_both_set_aside() {
        assertEquals(List.of("A QUESTION e11", "B DUPLICATE e2", "C DUPLICATE e2"),
                matched(Tool.EIT, Map.of("ความพึงพอใจต่อบริการ", "e11"), "ความพึงพอใจต่อบริการ", "e2", "E2."));
    }
}
