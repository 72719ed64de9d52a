package th.ita.insight.dashboard.scores;

import th.ita.insight.catalog.ItemLineage;
import th.ita.insight.dashboard.web.Rows;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns values keyed by (year, code) into rows that are items: one row per {@link ItemLineage} item, so
 * FY2564's o12 (annual report), FY2566's o12 (six-month report) and FY2568's o12 (procurement) are three
 * rows, and FY2565 i9 and FY2566 i10 one. Reads the published catalog, never the bundled files.
 */
public final class ItemRows {
    /**
     * One row: the item's id, the code and wording it is labelled with (the selected year's, or its last
     * year's when the selected year does not ask it) and the catalog years the item spans.
     */
    public record Row(String id, String tool, String code, int labelYear, boolean inSelectedYear, int firstYear,
                      int lastYear, Map<String, Object> text) {
        /** The code, with the years the item spans when it is not asked in the selected year: "o12 (2562–2565)". */
        public String codeLabel() {
            return inSelectedYear ? code : code + " (" + span() + ")";
        }

        public String span() {
            return firstYear == lastYear ? String.valueOf(firstYear) : firstYear + "–" + lastYear;
        }
    }

    private final ItemLineage lineage;
    private final Map<String, Map<String, Object>> entries;

    private ItemRows(ItemLineage lineage, Map<String, Map<String, Object>> entries) {
        this.lineage = lineage;
        this.entries = entries;
    }

    public static ItemRows load(Rows rows) throws SQLException {
        List<ItemLineage.Link> links = new ArrayList<>();
        Map<String, Map<String, Object>> entries = new HashMap<>();
        for (Map<String, Object> r : rows.list("""
                SELECT q.fiscal_year, q.code, q.tool, q.text_th, q.text_en, q.text_confirmed, q.comparable_to, y.previous_year
                FROM catalog_question q LEFT JOIN catalog_year y USING (fiscal_year)""")) {
            int year = ((Number) r.get("fiscal_year")).intValue();
            Number previous = (Number) r.get("previous_year");
            links.add(new ItemLineage.Link(year, (String) r.get("code"), previous == null ? null : previous.intValue(),
                    (String) r.get("comparable_to")));
            entries.put(year + "/" + r.get("code"), r);
        }
        return new ItemRows(new ItemLineage(links), entries);
    }

    public ItemLineage lineage() {
        return lineage;
    }

    /** The row the code of that year belongs to; null when the published catalog has no such item. */
    public Row row(int year, String code, int selectedYear) {
        return lineage.item(year, code).map(item -> row(item, selectedYear)).orElse(null);
    }

    /**
     * The rows holding these (year, code) pairs, each once: IIT, EIT, OIT; within a tool the selected
     * year's items by code, then the others, newest first.
     */
    public List<Row> rows(Collection<Map.Entry<Integer, String>> yearCodes, int selectedYear) {
        Map<String, Row> byId = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> yc : yearCodes) {
            Row row = row(yc.getKey(), yc.getValue(), selectedYear);
            if (row != null) {
                byId.putIfAbsent(row.id(), row);
            }
        }
        List<Row> out = new ArrayList<>(byId.values());
        out.sort(Comparator.comparingInt((Row r) -> toolOrder(r.tool())).thenComparing(r -> !r.inSelectedYear())
                .thenComparing(Comparator.comparingInt(Row::labelYear).reversed()).thenComparingInt(r -> number(r.code())));
        return out;
    }

    private Row row(ItemLineage.Item item, int selectedYear) {
        ItemLineage.Step label = item.codeIn(selectedYear).map(code -> new ItemLineage.Step(selectedYear, code))
                .orElse(item.last());
        Map<String, Object> entry = entries.get(label.year() + "/" + label.code());
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("text_th", entry.get("text_th"));
        text.put("text_en", entry.get("text_en"));
        text.put("text_confirmed", entry.get("text_confirmed"));
        return new Row(item.id(), (String) entry.get("tool"), label.code(), label.year(), label.year() == selectedYear,
                item.first().year(), item.last().year(), text);
    }

    private static int toolOrder(String tool) {
        return switch (tool == null ? "" : tool) {
            case "IIT" -> 0;
            case "EIT" -> 1;
            default -> 2;
        };
    }

    private static int number(String code) {
        String digits = code.replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }
}
