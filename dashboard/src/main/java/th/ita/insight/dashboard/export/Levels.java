package th.ita.insight.dashboard.export;

import th.ita.insight.catalog.GradeBand;
import th.ita.insight.catalog.Tool;
import th.ita.insight.dashboard.web.Rows;
import th.ita.insight.scoring.LevelExplanation;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Explains an agency-year's level with that year's published grade bands, for the o42's level line. */
final class Levels {
    private Levels() {
    }

    /**
     * @param grade the level code the total was published with (score_total.grade)
     * @return null without a total or bands, and when the bands would name another level than the one
     *         printed (a line that contradicts the level beside it is worse than none)
     */
    static LevelExplanation explain(Rows rows, int year, Double total, Double iit, Double eit, Double oit, String grade)
            throws SQLException {
        if (total == null || grade == null) {
            return null;
        }
        List<GradeBand> bands = new ArrayList<>();
        for (Map<String, Object> b : rows.list("SELECT code, label_th, label_en, min_score, max_score, min_each_tool, pass "
                + "FROM catalog_grade_band WHERE fiscal_year = ? ORDER BY priority", year)) {
            bands.add(new GradeBand((String) b.get("code"), (String) b.get("label_th"), (String) b.get("label_en"),
                    ((Number) b.get("min_score")).doubleValue(), ((Number) b.get("max_score")).doubleValue(),
                    b.get("min_each_tool") == null ? null : ((Number) b.get("min_each_tool")).doubleValue(),
                    Boolean.TRUE.equals(b.get("pass"))));
        }
        Map<Tool, Double> tools = new EnumMap<>(Tool.class);
        put(tools, Tool.IIT, iit);
        put(tools, Tool.EIT, eit);
        put(tools, Tool.OIT, oit);
        return LevelExplanation.of(bands, total, tools).filter(e -> e.level().code().equals(grade)).orElse(null);
    }

    private static void put(Map<Tool, Double> tools, Tool tool, Double score) {
        if (score != null) {
            tools.put(tool, score);
        }
    }
}
