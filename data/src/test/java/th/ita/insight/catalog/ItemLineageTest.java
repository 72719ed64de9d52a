package th.ita.insight.catalog;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ItemLineageTest {
    // FY2566 renumbered: i10 asks what FY2565 i9 asked; e3 asks something new; FY2567 keeps both codes.
    private final ItemLineage renumbered = new ItemLineage(List.of(
            link(2564, "i9", null), link(2565, "i9", "i9"), link(2566, "i10", "i9"), link(2567, "i10", "i10"),
            link(2565, "e3", "e3"), link(2566, "e3", null), link(2567, "e3", "e3")));

    @Test
    void follows_a_renumbered_question_both_ways() {
        assertEquals(steps(2564, "i9", 2565, "i9", 2566, "i10", 2567, "i10"), renumbered.item(2566, "i10").orElseThrow().steps());
        assertEquals(renumbered.item(2566, "i10"), renumbered.item(2564, "i9"), "the same item from any of its years");
        assertEquals("i10@2567", renumbered.item(2564, "i9").orElseThrow().id());
        assertEquals(new ItemLineage.Step(2565, "i9"), renumbered.predecessor(2566, "i10").orElseThrow());
    }

    @Test
    void stops_where_the_question_changed_meaning() {
        assertEquals(steps(2566, "e3", 2567, "e3"), renumbered.item(2567, "e3").orElseThrow().steps());
        assertEquals(steps(2565, "e3"), renumbered.item(2565, "e3").orElseThrow().steps());
        assertTrue(renumbered.predecessor(2566, "e3").isEmpty());
    }

    @Test
    void an_unknown_code_is_no_item() {
        assertTrue(renumbered.item(2566, "i31").isEmpty());
    }

    @Test
    void one_code_across_a_method_break_is_two_rows_never_one() {
        // o12 was the annual report to FY2565, the six-month report in FY2566–2567 and procurement in FY2568.
        ItemLineage oit = new ItemLineage(List.of(link(2564, "o12", null), link(2565, "o12", "o12"),
                link(2566, "o12", null), link(2567, "o12", "o12"), link(2568, "o12", null)));
        Map<String, List<Integer>> rows = new TreeMap<>();
        for (int year = 2564; year <= 2568; year++) {
            rows.computeIfAbsent(oit.item(year, "o12").orElseThrow().id(), k -> new java.util.ArrayList<>()).add(year);
        }
        assertEquals(Map.of("o12@2565", List.of(2564, 2565), "o12@2567", List.of(2566, 2567), "o12@2568", List.of(2568)), rows);
    }

    @Test
    void the_bundled_catalogs_keep_each_years_o12_apart() {
        ItemLineage bundled = ItemLineage.of(Catalogs.bundled());
        ItemLineage.Item annualReport = bundled.item(2564, "o12").orElseThrow();
        ItemLineage.Item sixMonthReport = bundled.item(2566, "o12").orElseThrow();
        ItemLineage.Item procurement = bundled.item(2568, "o12").orElseThrow();
        assertNotEquals(annualReport, sixMonthReport);
        assertNotEquals(sixMonthReport, procurement);
        assertTrue(annualReport.codeIn(2566).isEmpty() && sixMonthReport.codeIn(2565).isEmpty()
                && procurement.codeIn(2567).isEmpty());
        assertEquals(new ItemLineage.Step(2565, "i9"), bundled.predecessor(2566, "i10").orElseThrow(),
                "FY2566 i10 asks what FY2565 i9 asked");
    }

    @Test
    void a_code_claimed_by_two_items_joins_neither() {
        ItemLineage split = new ItemLineage(List.of(link(2568, "o21", null), link(2569, "o20", "o21"), link(2569, "o19", "o21")));
        assertEquals(steps(2569, "o20"), split.item(2569, "o20").orElseThrow().steps());
        assertEquals(steps(2569, "o19"), split.item(2569, "o19").orElseThrow().steps());
        assertEquals(steps(2568, "o21"), split.item(2568, "o21").orElseThrow().steps());
    }

    @Test
    void the_catalogs_refuse_two_items_comparable_to_one_code() {
        String split = resource("catalog/fy2566.json").replace("\"comparable_to\": \"i10\"", "\"comparable_to\": \"i9\"");
        YearCatalog fy2565 = load("fy2565.json", resource("catalog/fy2565.json"));
        YearCatalog fy2566 = load("fy2566-split.json", split);
        CatalogException e = assertThrows(CatalogException.class, () -> Catalogs.of(List.of(fy2565, fy2566)));
        assertTrue(e.getMessage().contains("i10 and i11 are both comparable to i9"), e.getMessage());
    }

    private static ItemLineage.Link link(int year, String code, String comparableTo) {
        return new ItemLineage.Link(year, code, null, comparableTo);
    }

    private static List<ItemLineage.Step> steps(Object... yearCode) {
        List<ItemLineage.Step> out = new java.util.ArrayList<>();
        for (int i = 0; i < yearCode.length; i += 2) {
            out.add(new ItemLineage.Step((Integer) yearCode[i], (String) yearCode[i + 1]));
        }
        return out;
    }

    private static YearCatalog load(String name, String json) {
        return CatalogLoader.load(name, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String resource(String name) {
        try (InputStream in = ItemLineageTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
