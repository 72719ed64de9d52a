package th.ita.insight.dashboard.scores;

import th.ita.insight.dashboard.web.Rows;

import java.sql.SQLException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An agency's item scores as an item × year grid, filtered by tool and indicator: what the heatmap and
 * its table show. A row is one item followed through {@code comparable_to} ({@link ItemRows}), labelled
 * with the selected year's code and wording; where the item changed, a new row starts. Each cell keeps
 * the code and wording of its own year and the id of its row.
 */
record QuestionMatrix(List<Integer> years, int selectedYear, List<ItemRows.Row> rows, List<Map<String, Object>> cells,
                      List<Integer> breaks) {

    static QuestionMatrix load(Rows rows, String agencyId, int selectedYear, String tool, Integer indicator) throws SQLException {
        List<Map<String, Object>> cells = rows.list("""
                SELECT q.fiscal_year, q.question AS code, q.tool, q.indicator, q.score, c.text_th, c.text_en, c.text_confirmed,
                       w.severity, ${tiers}, w.reason_th, w.reason_en
                FROM score_question q
                JOIN catalog_question c ON c.fiscal_year = q.fiscal_year AND c.code = q.question
                LEFT JOIN weak_item w ON w.agency_id = q.agency_id AND w.fiscal_year = q.fiscal_year
                     AND w.level = 'item' AND w.key = q.question
                WHERE q.agency_id = ? AND (? = '' OR q.tool = ?) AND (? = 0 OR q.indicator = ?)
                ORDER BY q.fiscal_year""".replace("${tiers}", th.ita.insight.dashboard.export.TierLabels.columns("w.severity")), agencyId, tool, tool, indicator == null ? 0 : indicator,
                indicator == null ? 0 : indicator);
        TreeSet<Integer> years = new TreeSet<>();
        for (Map<String, Object> r : rows.list("SELECT DISTINCT fiscal_year FROM score_question WHERE agency_id = ?", agencyId)) {
            years.add(((Number) r.get("fiscal_year")).intValue());
        }
        ItemRows items = ItemRows.load(rows);
        List<Map.Entry<Integer, String>> yearCodes = new ArrayList<>();
        for (Map<String, Object> c : cells) {
            int year = ((Number) c.get("fiscal_year")).intValue();
            yearCodes.add(new AbstractMap.SimpleEntry<>(year, (String) c.get("code")));
            c.put("row", items.row(year, (String) c.get("code"), selectedYear).id());
        }
        List<Integer> breaks = rows.list("SELECT fiscal_year FROM catalog_year WHERE method_break ORDER BY 1").stream()
                .map(r -> ((Number) r.get("fiscal_year")).intValue()).toList();
        return new QuestionMatrix(new ArrayList<>(years), selectedYear, items.rows(yearCodes, selectedYear), cells, breaks);
    }

    /** Cell by row id and year, for the table. */
    Map<String, Map<String, Object>> byRowYear() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (Map<String, Object> c : cells) {
            out.put(c.get("row") + "/" + c.get("fiscal_year"), c);
        }
        return out;
    }

    int rowIndex(String id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
