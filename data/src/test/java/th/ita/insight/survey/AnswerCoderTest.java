package th.ita.insight.survey;

import org.junit.jupiter.api.Test;
import th.ita.insight.catalog.CatalogItem;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.catalog.YearCatalog;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerCoderTest {
    final YearCatalog fy2566 = Catalogs.bundled().forYear(2566).orElseThrow();
    final SurveyCoding coding = SurveyCoding.forYear(2566).orElseThrow();
    final AnswerCoder coder = new AnswerCoder(coding);

    String coded(String code, String answer) {
        CatalogItem item = fy2566.item(code).orElseThrow();
        AnswerCoder.Coded c = coder.code(item, answer);
        return c.kind() == AnswerCoder.Coded.Kind.POINTS ? String.valueOf(c.points()) : c.kind().name();
    }

    @Test
    void four_step_labels_and_numbers_code_0_33_67_100_and_reverse_for_negative_questions() {
        // i1 positive graded, i10 negative graded (catalog data).
        assertEquals(List.of("100.0", "100.0", "67.0", "33.0", "0.0", "0.0", "0.0", "100.0", "67.0"),
                Stream.of("มากที่สุด", " มาก ที่สุด ", "มาก", "น้อย", "น้อยที่สุดหรือไม่มีเลย", "น้อยที่สุด หรือไม่มีเลย", "1", "๔", "3")
                        .map(a -> coded("i1", a)).toList());
        assertEquals(List.of("0.0", "33.0", "67.0", "100.0", "0.0"),
                Stream.of("มากที่สุด", "มาก", "น้อย", "น้อยที่สุดหรือไม่มีเลย", "4.0").map(a -> coded("i10", a)).toList());
    }

    @Test
    void yes_no_labels_code_100_and_0_reversed_where_yes_is_bad() {
        // e8 positive yes/no, i4 negative yes/no.
        assertEquals(List.of("100.0", "0.0", "100.0", "0.0", "100.0", "0.0"),
                Stream.of("มี", "ไม่มี", "ใช่", " ไม่ ใช่", "1", "0").map(a -> coded("e8", a)).toList());
        assertEquals(List.of("0.0", "100.0", "100.0"), Stream.of("มี", "ไม่มี", "2").map(a -> coded("i4", a)).toList());
    }

    @Test
    void blanks_are_not_answered_and_other_labels_are_unknown() {
        assertEquals(List.of("BLANK", "BLANK", "BLANK", "UNKNOWN", "UNKNOWN", "UNKNOWN"),
                Stream.of("", "  ", null, "ปานกลาง", "5", "มาก").map(a -> coded(a != null && a.equals("มาก") ? "i4" : "i1", a)).toList());
    }

    @Test
    void the_coding_is_catalog_data_marked_assumed_with_nacc_minimums() {
        assertTrue(coding.assumed());
        assertEquals(5, coding.privacyFloor());
        assertEquals(30, coding.minimumFor(th.ita.insight.catalog.Tool.EIT, "sao").orElseThrow());
        assertEquals(400, coding.minimumFor(th.ita.insight.catalog.Tool.EIT, "department").orElseThrow());
        assertEquals(30, coding.minimumFor(th.ita.insight.catalog.Tool.IIT, "university").orElseThrow());
        for (int year = 2562; year <= 2568; year++) {
            assertTrue(SurveyCoding.forYear(year).isPresent(), "FY" + year + " has a survey block");
        }
        assertTrue(SurveyCoding.forYear(2561).isEmpty(), "a total-only year has no survey coding");
    }
}
