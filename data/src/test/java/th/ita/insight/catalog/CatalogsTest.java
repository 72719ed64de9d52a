package th.ita.insight.catalog;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogsTest {
    private final Catalogs catalogs = Catalogs.bundled();

    @Test
    void every_fiscal_year_from_2558_to_2568_has_a_catalog() {
        assertEquals(List.of(2558, 2559, 2560, 2561, 2562, 2563, 2564, 2565, 2566, 2567, 2568), catalogs.years());
    }

    @Test
    void fy2566_has_the_structure_the_seeds_show() {
        YearCatalog c = catalogs.forYear(2566).orElseThrow();
        assertEquals(0.3, c.weight(Tool.IIT));
        assertEquals(0.4, c.weight(Tool.OIT));
        assertEquals(30, c.items().stream().filter(i -> i.tool() == Tool.IIT).count());
        assertEquals(15, c.items().stream().filter(i -> i.tool() == Tool.EIT).count());
        assertEquals(43, c.items().stream().filter(i -> i.tool() == Tool.OIT).count());
        assertEquals(7, c.item("e6").orElseThrow().indicator());
        assertEquals("9.5", c.item("o27").orElseThrow().subIndicator());
        assertEquals(10, c.item("o34").orElseThrow().indicator());
        assertEquals("การใช้ทรัพย์สินของราชการ", c.indicator(4).orElseThrow().nameTh());
    }

    @Test
    void question_codes_whose_meaning_moved_in_fy2566_are_not_compared_by_code() {
        YearCatalog c = catalogs.forYear(2566).orElseThrow();
        assertEquals(null, c.item("i8").orElseThrow().comparableTo());
        assertEquals("i9", c.item("i10").orElseThrow().comparableTo());
        assertEquals("i7", c.item("i7").orElseThrow().comparableTo());
        assertTrue(c.items().stream().filter(i -> i.tool() == Tool.OIT).allMatch(i -> i.comparableTo() == null),
                "OIT lists of FY2565 and FY2566 differ: never compare by code");
    }

    @Test
    void fy2568_has_26_oit_items_and_is_marked_provisional() {
        YearCatalog c = catalogs.forYear(2568).orElseThrow();
        assertEquals(26, c.items().stream().filter(i -> i.tool() == Tool.OIT).count());
        assertEquals("provisional", c.status());
    }

    @Test
    void weights_that_do_not_sum_to_one_are_refused_with_the_file_name() {
        String broken = fy2566Json().replace("\"weight\": 0.4", "\"weight\": 0.5");
        CatalogException e = assertThrows(CatalogException.class, () -> load("fy2566-bad-weights.json", broken));
        assertTrue(e.getMessage().contains("fy2566-bad-weights.json"), e.getMessage());
        assertTrue(e.getMessage().contains("weights sum to 1.1"), e.getMessage());
    }

    @Test
    void a_question_listed_under_two_indicators_is_refused() {
        String json = fy2566Json();
        String twice = json.replaceFirst("\"code\": \"i2\"", "\"code\": \"i1\"");
        CatalogException e = assertThrows(CatalogException.class, () -> load("twice.json", twice));
        assertTrue(e.getMessage().contains("item i1 is listed twice"), e.getMessage());
    }

    @Test
    void grade_bands_with_a_gap_are_refused() {
        String gap = fy2566Json().replace("\"min\": 70", "\"min\": 72");
        CatalogException e = assertThrows(CatalogException.class, () -> load("gap.json", gap));
        assertTrue(e.getMessage().contains("gap from 70.0 to 72.0"), e.getMessage());
    }

    @Test
    void broken_json_names_the_file() {
        CatalogException e = assertThrows(CatalogException.class, () -> load("fy2599.json", "{ \"fiscal_year\": "));
        assertTrue(e.getMessage().startsWith("catalog fy2599.json is not valid JSON"), e.getMessage());
    }

    @Test
    void the_version_string_marks_provisional_years() {
        String v = catalogs.version();
        assertTrue(v.contains("2566") && v.contains("2568p"), v);
        assertFalse(v.contains("2566p"), v);
    }

    private static YearCatalog load(String name, String json) {
        return CatalogLoader.load(name, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String fy2566Json() {
        try (InputStream in = CatalogsTest.class.getClassLoader().getResourceAsStream("catalog/fy2566.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void method_breaks_are_marked_at_2562_2566_and_2568_only() {
        List<Integer> breaks = catalogs.all().stream().filter(YearCatalog::methodBreak).map(YearCatalog::fiscalYear).toList();
        assertEquals(List.of(2562, 2566, 2568), breaks);
        assertEquals(Framework.TOTAL_ONLY, catalogs.forYear(2560).orElseThrow().framework());
        assertTrue(catalogs.forYear(2560).orElseThrow().gradeBands().isEmpty());
    }
}
