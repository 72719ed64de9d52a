package th.ita.insight.catalog;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The IIT/EIT wordings: seed 003's texts where it prints them, no invented duplicates, no marks inside the text. */
class QuestionTextsTest {
    private final Catalogs catalogs = Catalogs.bundled();

    /** Seed 003 (อบต.นาทอน o42, FY2566) prints i3 and e3 with one text; no other pair of a year may share one. */
    private static final Map<Integer, Set<Set<String>>> SHARED_BY_THE_SOURCE = Map.of(
            2566, Set.of(Set.of("i3", "e3")), 2567, Set.of(Set.of("i3", "e3")), 2568, Set.of(Set.of("i3", "e3")));

    /** Copied by hand from seed 003 where it prints the question itself (not a finding sentence). */
    private static final Map<String, String> PRINTED_IN_SEED_003 = Map.of(
            "i3", "เจ้าหน้าที่ของหน่วยงานท่าน ปฏิบัติงานหรือให้บริการโดยมุ่งผลสัมฤทธิ์ของงาน และรับผิดชอบต่อหน้าที่ มากน้อยเพียงใด",
            "e3", "เจ้าหน้าที่ของหน่วยงานท่าน ปฏิบัติงานหรือให้บริการโดยมุ่งผลสัมฤทธิ์ของงาน และรับผิดชอบต่อหน้าที่ มากน้อยเพียงใด",
            "e11", "เจ้าหน้าที่ของหน่วยงานท่าน การปฏิบัติหรือการให้บริการของเจ้าหน้าที่ ดีขึ้นกว่าที่ผ่านมา มากน้อยเพียงใด",
            "e12", "วิธีการ ขั้นตอนการปฏิบัติหรือการให้บริการ สะดวกรวดเร็วกว่าที่ผ่านมา มากน้อยเพียงใด",
            "i13", "ท่านได้รับมอบหมายงานตามตำแหน่ง หน้าที่จากผู้บังคับบัญชาของท่านอย่างเป็นธรรม มากน้อยเพียงใด",
            "i14", "ท่านได้รับการประเมินผลการปฏิบัติงาน จากผู้บังคับบัญชาของท่านอย่างเป็นธรรม มากน้อยเพียงใด",
            "i15", "ผู้บังคับบัญชาของท่านมีการคัดเลือก ผู้เข้ารับการฝึกอบรม การศึกษาดูงาน "
                    + "หรือการให้ทุนการศึกษาอย่างเป็นธรรม มากน้อยเพียงใด");

    /** The codes whose FY2566 wording seed 003 quotes (as a question or a finding); every other text is a guess. */
    private static final Set<String> QUOTED_IN_SEED_003 = Set.of("i3", "i4", "i5", "i6", "i7", "i8", "i10", "i11",
            "i13", "i14", "i15", "i22", "e3", "e6", "e7", "e8", "e9", "e10", "e11", "e12", "e13", "e14", "e15");

    @Test
    void a_planted_duplicate_is_found_and_an_allowed_pair_is_not() {
        Map<String, String> planted = Map.of("i1", "ก", "i2", "ข", "e1", "ข", "i3", "ค", "e3", "ค");
        assertEquals(Map.of("ข", Set.of("i2", "e1"), "ค", Set.of("i3", "e3")), shared(planted));
        assertEquals(Map.of("ข", Set.of("i2", "e1")), unexplained(planted, Set.of(Set.of("i3", "e3"))));
    }

    @Test
    void no_two_questions_of_a_year_share_a_text_unless_the_source_prints_them_so() {
        List<String> problems = new ArrayList<>();
        for (YearCatalog year : catalogs.all()) {
            Set<Set<String>> allowed = SHARED_BY_THE_SOURCE.getOrDefault(year.fiscalYear(), Set.of());
            unexplained(texts(year, CatalogItem::textTh), allowed).forEach((text, codes) ->
                    problems.add("FY" + year.fiscalYear() + " " + new TreeSet<>(codes) + " share the Thai text " + text));
            unexplained(texts(year, CatalogItem::textEn), allowed).forEach((text, codes) ->
                    problems.add("FY" + year.fiscalYear() + " " + new TreeSet<>(codes) + " share the English text " + text));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void i3_and_e3_keep_the_one_text_seed_003_prints_for_both() {
        for (int fy : List.of(2566, 2567, 2568)) {
            YearCatalog year = catalogs.forYear(fy).orElseThrow();
            assertEquals(year.item("i3").orElseThrow().textTh(), year.item("e3").orElseThrow().textTh(), "FY" + fy);
            assertEquals(year.item("i3").orElseThrow().textEn(), year.item("e3").orElseThrow().textEn(), "FY" + fy);
        }
    }

    @Test
    void texts_seed_003_prints_are_used_word_for_word_and_confirmed() {
        for (int fy : List.of(2566, 2567, 2568)) {
            YearCatalog year = catalogs.forYear(fy).orElseThrow();
            PRINTED_IN_SEED_003.forEach((code, text) -> {
                CatalogItem item = year.item(code).orElseThrow();
                assertEquals(text, item.textTh(), "FY" + fy + " " + code);
                assertTrue(item.textConfirmed(), "FY" + fy + " " + code);
            });
        }
    }

    @Test
    void only_the_texts_seed_003_quotes_are_marked_confirmed() {
        for (YearCatalog year : catalogs.all()) {
            Set<String> confirmed = new TreeSet<>();
            questions(year).stream().filter(CatalogItem::textConfirmed).forEach(q -> confirmed.add(q.code()));
            Set<String> expected = year.fiscalYear() >= 2566 ? new TreeSet<>(QUOTED_IN_SEED_003) : Set.of();
            assertEquals(expected, confirmed, "FY" + year.fiscalYear());
        }
    }

    @Test
    void the_unconfirmed_mark_is_the_flag_never_words_inside_the_text() {
        for (YearCatalog year : catalogs.all()) {
            for (CatalogItem q : questions(year)) {
                String both = q.textTh() + " " + q.textEn();
                assertFalse(both.contains("(Unknown") || both.contains("guess") || both.contains("ยังไม่ยืนยัน"),
                        "FY" + year.fiscalYear() + " " + q.code() + ": " + both);
            }
        }
    }

    private static List<CatalogItem> questions(YearCatalog year) {
        return year.items().stream().filter(i -> i.tool() != Tool.OIT).toList();
    }

    private static Map<String, String> texts(YearCatalog year, Function<CatalogItem, String> text) {
        Map<String, String> out = new TreeMap<>();
        questions(year).stream().filter(q -> text.apply(q) != null).forEach(q -> out.put(q.code(), text.apply(q)));
        return out;
    }

    /** Text → the codes that share it, for texts held by more than one question (code → text given). */
    private static Map<String, Set<String>> shared(Map<String, String> textByCode) {
        Map<String, Set<String>> byText = new TreeMap<>();
        textByCode.forEach((code, text) -> byText.computeIfAbsent(text, t -> new TreeSet<>()).add(code));
        byText.values().removeIf(codes -> codes.size() < 2);
        return byText;
    }

    private static Map<String, Set<String>> unexplained(Map<String, String> textByCode, Set<Set<String>> allowed) {
        Map<String, Set<String>> out = shared(textByCode);
        out.values().removeIf(allowed::contains);
        return out;
    }
}
