package th.ita.insight.dashboard.scores;

import th.ita.insight.dashboard.web.Rows;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An agency's question scores as a question × year grid, filtered by tool and indicator: what the
 * heatmap and its table show. A row is a question code; its text is the newest year's wording.
 */
record QuestionMatrix(List<Integer> years, List<String> codes, Map<String, Map<String, Object>> texts,
                      List<Map<String, Object>> cells, List<Integer> breaks) {

    static QuestionMatrix load(Rows rows, String agencyId, String tool, Integer indicator) throws SQLException {
        List<Map<String, Object>> cells = rows.list("""
                SELECT q.fiscal_year, q.question AS code, q.tool, q.indicator, q.score, c.text_th, c.text_en,
                       w.severity, w.reason_th, w.reason_en
                FROM score_question q
                JOIN catalog_question c ON c.fiscal_year = q.fiscal_year AND c.code = q.question
                LEFT JOIN weak_item w ON w.agency_id = q.agency_id AND w.fiscal_year = q.fiscal_year
                     AND w.level = 'item' AND w.key = q.question
                WHERE q.agency_id = ? AND (? = '' OR q.tool = ?) AND (? = 0 OR q.indicator = ?)
                ORDER BY q.fiscal_year""", agencyId, tool, tool, indicator == null ? 0 : indicator,
                indicator == null ? 0 : indicator);
        TreeSet<Integer> years = new TreeSet<>();
        for (Map<String, Object> r : rows.list("SELECT DISTINCT fiscal_year FROM score_question WHERE agency_id = ?", agencyId)) {
            years.add(((Number) r.get("fiscal_year")).intValue());
        }
        Map<String, Map<String, Object>> texts = new LinkedHashMap<>();
        for (Map<String, Object> c : cells) {
            texts.put((String) c.get("code"), c); // ordered by year: the newest wording wins
        }
        List<String> codes = new ArrayList<>(texts.keySet());
        codes.sort(Comparator.comparingInt((String c) -> toolOrder(c.charAt(0))).thenComparingInt(c -> number(c)));
        List<Integer> breaks = rows.list("SELECT fiscal_year FROM catalog_year WHERE method_break ORDER BY 1").stream()
                .map(r -> ((Number) r.get("fiscal_year")).intValue()).toList();
        return new QuestionMatrix(new ArrayList<>(years), codes, texts, cells, breaks);
    }

    /** Cell value by code and year, for the table. */
    Map<String, Map<String, Object>> byCodeYear() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (Map<String, Object> c : cells) {
            out.put(c.get("code") + "/" + c.get("fiscal_year"), c);
        }
        return out;
    }

    private static int toolOrder(char first) {
        return switch (first) {
            case 'i' -> 0;
            case 'e' -> 1;
            default -> 2;
        };
    }

    private static int number(String code) {
        String digits = code.replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }
}
