package th.ita.insight.dashboard.agency;

import th.ita.insight.catalog.GradeBand;
import th.ita.insight.catalog.Tool;
import th.ita.insight.dashboard.web.Rows;
import th.ita.insight.scoring.LevelExplanation;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads each year's grade bands from the published {@code catalog_grade_band} table, so that a level can
 * be explained by the rules of the publish that graded it (the server never reads the bundled catalog
 * files, DESIGN §9.7).
 */
public final class GradeBandRepository {
    private final Rows rows;

    public GradeBandRepository(Rows rows) {
        this.rows = rows;
    }

    /** Every year's bands in priority order, by fiscal year: one query for a page of many agencies. */
    public Map<Integer, List<GradeBand>> all() throws SQLException {
        Map<Integer, List<GradeBand>> out = new TreeMap<>();
        for (Map<String, Object> r : rows.list("""
                SELECT fiscal_year, code, label_th, label_en, min_score, max_score, min_each_tool, pass
                FROM catalog_grade_band ORDER BY fiscal_year, priority""")) {
            out.computeIfAbsent(((Number) r.get("fiscal_year")).intValue(), y -> new ArrayList<>()).add(band(r));
        }
        return out;
    }

    /** One year's bands in priority order; empty for FY2558–FY2561, which have none. */
    public List<GradeBand> forYear(int year) throws SQLException {
        List<GradeBand> out = new ArrayList<>();
        for (Map<String, Object> r : rows.list("""
                SELECT fiscal_year, code, label_th, label_en, min_score, max_score, min_each_tool, pass
                FROM catalog_grade_band WHERE fiscal_year = ? ORDER BY priority""", year)) {
            out.add(band(r));
        }
        return out;
    }

    /**
     * Explains a published total with its tool scores as shown (null when unknown). Empty when the year
     * has no bands, or when the bands would name another level than the one published beside it: a line
     * that contradicts the level next to it is worse than none.
     *
     * @param grade the level code stored with the total ({@code score_total.grade})
     */
    public static Optional<LevelExplanation> explain(List<GradeBand> bands, String grade, Double total,
                                                     Double iit, Double eit, Double oit) {
        if (grade == null || total == null || bands == null || bands.isEmpty()) {
            return Optional.empty();
        }
        Map<Tool, Double> tools = new EnumMap<>(Tool.class);
        put(tools, Tool.IIT, iit);
        put(tools, Tool.EIT, eit);
        put(tools, Tool.OIT, oit);
        return LevelExplanation.of(bands, total, tools).filter(e -> e.level().code().equals(grade));
    }

    private static void put(Map<Tool, Double> tools, Tool tool, Double score) {
        if (score != null) {
            tools.put(tool, score);
        }
    }

    private static GradeBand band(Map<String, Object> r) {
        Object each = r.get("min_each_tool");
        return new GradeBand((String) r.get("code"), (String) r.get("label_th"), (String) r.get("label_en"),
                ((Number) r.get("min_score")).doubleValue(), ((Number) r.get("max_score")).doubleValue(),
                each == null ? null : ((Number) each).doubleValue(), Boolean.TRUE.equals(r.get("pass")));
    }
}
