package th.ita.insight.dashboard.trends;

import th.ita.insight.dashboard.scores.ItemRows;
import th.ita.insight.dashboard.web.Rows;

import java.sql.SQLException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The medians of a peer group over the years at one level (total, tool, indicator or question), one line
 * per {@code row}: a total, tool or indicator is its own row; a question's row is its item followed through
 * {@code comparable_to} ({@link ItemRows}), named with the latest year's code and wording, so a code that
 * meant another item in another year is another line. Method breaks are a separate list for the page.
 */
record MedianSeries(List<Integer> years, List<Map<String, Object>> points, List<Map<String, Object>> keys,
                    List<Map<String, Object>> breaks) {

    static MedianSeries load(Rows rows, String group, String key, String level, String tool) throws SQLException {
        List<Map<String, Object>> points = rows.list("""
                SELECT s.fiscal_year, s.key, s.n, s.mean, s.p25, s.p50, s.p75
                FROM peer_stats s
                LEFT JOIN catalog_question q ON s.level = 'question' AND q.fiscal_year = s.fiscal_year AND q.code = s.key
                LEFT JOIN catalog_indicator i ON s.level = 'indicator' AND i.fiscal_year = s.fiscal_year
                     AND CAST(i.indicator AS VARCHAR) = s.key
                WHERE s.peer_group = ? AND s.group_key = ? AND s.level = ?
                  AND (? = '' OR coalesce(q.tool, i.tool, s.key) = ?)
                ORDER BY s.fiscal_year""", group, key, level, tool, tool);
        if (level.equals("question")) {
            return questions(rows, points);
        }
        points.forEach(p -> p.put("row", p.get("key")));
        List<Map<String, Object>> keys = rows.list("""
                WITH k AS (SELECT DISTINCT key FROM peer_stats WHERE peer_group = ? AND group_key = ? AND level = ?)
                SELECT k.key,
                       coalesce(arg_max(q.text_th, q.fiscal_year), arg_max(i.name_th, i.fiscal_year)) AS name_th,
                       coalesce(arg_max(q.text_en, q.fiscal_year), arg_max(i.name_en, i.fiscal_year)) AS name_en
                FROM k
                LEFT JOIN catalog_question q ON ? = 'question' AND q.code = k.key
                LEFT JOIN catalog_indicator i ON ? = 'indicator' AND CAST(i.indicator AS VARCHAR) = k.key
                GROUP BY k.key""", group, key, level, level, level);
        List<String> present = points.stream().map(p -> (String) p.get("key")).distinct().toList();
        List<Map<String, Object>> ordered = keys.stream().filter(k -> present.contains((String) k.get("key")))
                .sorted(java.util.Comparator.comparingInt((Map<String, Object> k) -> order((String) k.get("key"))))
                .toList();
        ordered.forEach(k -> k.put("row", k.get("key")));
        return of(rows, points, ordered);
    }

    /** Question medians: one row per item, labelled with the latest year's code and wording (or its own last year's). */
    private static MedianSeries questions(Rows rows, List<Map<String, Object>> points) throws SQLException {
        ItemRows items = ItemRows.load(rows);
        int latest = points.stream().mapToInt(p -> ((Number) p.get("fiscal_year")).intValue()).max().orElse(0);
        List<Map.Entry<Integer, String>> yearCodes = new ArrayList<>();
        List<Map<String, Object>> kept = new ArrayList<>();
        for (Map<String, Object> p : points) {
            int year = ((Number) p.get("fiscal_year")).intValue();
            ItemRows.Row row = items.row(year, (String) p.get("key"), latest);
            if (row != null) { // a key the published catalog does not know has no item to belong to
                p.put("row", row.id());
                yearCodes.add(new AbstractMap.SimpleEntry<>(year, (String) p.get("key")));
                kept.add(p);
            }
        }
        List<Map<String, Object>> keys = new ArrayList<>();
        for (ItemRows.Row row : items.rows(yearCodes, latest)) {
            Map<String, Object> k = new LinkedHashMap<>();
            k.put("row", row.id());
            k.put("key", row.code());
            k.put("label", row.codeLabel());
            k.put("name_th", row.text().get("text_th"));
            k.put("name_en", row.text().get("text_en"));
            k.put("text_confirmed", row.text().get("text_confirmed"));
            keys.add(k);
        }
        return of(rows, kept, keys);
    }

    private static MedianSeries of(Rows rows, List<Map<String, Object>> points, List<Map<String, Object>> keys) throws SQLException {
        List<Integer> years = points.stream().map(p -> ((Number) p.get("fiscal_year")).intValue()).distinct().sorted().toList();
        List<Map<String, Object>> breaks = rows.list("SELECT fiscal_year, method_break_note_th, method_break_note_en "
                + "FROM catalog_year WHERE method_break ORDER BY fiscal_year");
        return new MedianSeries(years, points, keys, breaks);
    }

    /** IIT, EIT, OIT; i1 < i2 < i10; e before o; indicators by number. */
    static int order(String key) {
        return switch (key) {
            case "total" -> 0;
            case "IIT" -> 1;
            case "EIT" -> 2;
            case "OIT" -> 3;
            default -> {
                String digits = key.replaceAll("\\D", "");
                int n = digits.isEmpty() ? 0 : Integer.parseInt(digits);
                yield switch (key.charAt(0)) {
                    case 'i' -> 100 + n;
                    case 'e' -> 200 + n;
                    case 'o' -> 300 + n;
                    default -> n;
                };
            }
        };
    }
}
