package th.ita.insight.scoring;

import th.ita.insight.catalog.GradeBand;
import th.ita.insight.catalog.Tool;
import th.ita.insight.catalog.YearCatalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the grade level of a total in a fiscal year's bands: the first band whose conditions hold.
 * When a band that needs the tool scores covers the total but the tool scores are unknown, the level
 * cannot be told apart from the bands above it, so the result says only what the total decides
 * (the band's {@code ifToolsUnknown} level, e.g. "85 or more").
 */
public final class Grader {
    private Grader() {
    }

    /**
     * @param total      the total as published (2 decimals)
     * @param toolScores tool scores as published; may be empty
     * @return empty for years without bands (FY2558–FY2561)
     */
    public static Optional<Grade> grade(YearCatalog catalog, double total, Map<Tool, Double> toolScores) {
        return grade(catalog.gradeBands(), total, toolScores);
    }

    /**
     * The same, on a year's bands in priority order: the dashboard reads them from the published
     * {@code catalog_grade_band} table, never from the bundled catalog files.
     */
    public static Optional<Grade> grade(List<GradeBand> bands, double total, Map<Tool, Double> toolScores) {
        boolean toolsKnown = toolScores.keySet().containsAll(List.of(Tool.values()));
        boolean undecided = false;
        for (GradeBand band : bands) {
            if (!band.coversTotal(total)) {
                continue;
            }
            if (band.looksAtTotalOnly()) {
                if (undecided && band.ifToolsUnknown() != null) {
                    return Optional.of(Grade.of(band.ifToolsUnknown(), band.pass()));
                }
                return Optional.of(Grade.of(band, toolsKnown ? Grade.Basis.TOOLS : Grade.Basis.TOTAL_ONLY));
            }
            if (!toolsKnown) {
                undecided = true;
            } else if (toolsReach(band, toolScores)) {
                return Optional.of(Grade.of(band, Grade.Basis.TOOLS));
            }
        }
        return Optional.empty();
    }

    private static boolean toolsReach(GradeBand band, Map<Tool, Double> toolScores) {
        for (Tool tool : Tool.values()) {
            Double score = toolScores.get(tool);
            if (score == null || score < band.minEachTool()) {
                return false;
            }
        }
        return true;
    }
}
