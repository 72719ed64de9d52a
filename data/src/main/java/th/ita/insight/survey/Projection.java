package th.ita.insight.survey;

import th.ita.insight.catalog.Catalogs;
import th.ita.insight.catalog.Tool;
import th.ita.insight.catalog.YearCatalog;
import th.ita.insight.measures.MeasureCatalog;
import th.ita.insight.measures.Recommendation;
import th.ita.insight.measures.Recommender;
import th.ita.insight.scoring.AgencyYearRollup;
import th.ita.insight.scoring.Grade;
import th.ita.insight.scoring.Rounding;
import th.ita.insight.scoring.ScoreRollup;
import th.ita.insight.weakitems.WeakItem;
import th.ita.insight.weakitems.WeakItemConfig;
import th.ita.insight.weakitems.WeakItemRules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the self-assessment projects for the agency-year: the total and level from the surveyed tools
 * (the official score of a tool not surveyed, the latest official OIT or one the user gives), and the
 * weak items and ranked measures found by the very rules the batch applies to official scores.
 */
public record Projection(Double total, Grade grade, Map<Tool, Double> tools, Map<Tool, Basis> basis,
                         List<WeakItem> weakItems, List<Recommendation> recommendations) {

    /** Where a tool score of the projection comes from. */
    public enum Basis { SELF, OFFICIAL, GIVEN }

    /** The agency's other figures a projection combines with its survey. */
    public record Inputs(Map<Tool, Double> selfTools, Map<Tool, Double> officialTools, Double givenOit,
                         Map<String, Double> selfItems, Map<String, Double> peerMedians, Map<String, Double> peerP75,
                         Map<String, Integer> weakBefore) {
    }

    public static Projection of(YearCatalog year, Inputs in, WeakItemConfig config, MeasureCatalog measures,
                                Catalogs catalogs) {
        Map<Tool, Double> tools = new EnumMap<>(Tool.class);
        Map<Tool, Basis> basis = new EnumMap<>(Tool.class);
        for (Tool tool : Tool.values()) {
            if (in.selfTools().get(tool) != null) {
                tools.put(tool, in.selfTools().get(tool));
                basis.put(tool, Basis.SELF);
            } else if (tool == Tool.OIT && in.givenOit() != null) {
                tools.put(tool, in.givenOit());
                basis.put(tool, Basis.GIVEN);
            } else if (in.officialTools().get(tool) != null) {
                tools.put(tool, in.officialTools().get(tool));
                basis.put(tool, Basis.OFFICIAL);
            }
        }
        Double total = null;
        Grade grade = null;
        if (tools.size() == Tool.values().length) {
            AgencyYearRollup r = new ScoreRollup(year).fromTools(tools);
            total = Rounding.twoDecimals(r.total().value());
            grade = r.grade();
        }
        List<WeakItem> weak = new WeakItemRules(config).evaluateItems(year, in.selfItems(), in.peerMedians(),
                in.peerP75(), in.weakBefore());
        List<Recommendation> recs = new Recommender(config, measures, catalogs).recommend(year, weak, in.peerP75());
        return new Projection(total, grade, Map.copyOf(tools), Map.copyOf(basis), weak, recs);
    }
}
