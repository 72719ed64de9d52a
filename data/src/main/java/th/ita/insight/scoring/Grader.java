package th.ita.insight.scoring;

import th.ita.insight.catalog.GradeBand;
import th.ita.insight.catalog.Tool;
import th.ita.insight.catalog.YearCatalog;

import java.util.Map;
import java.util.Optional;

/** Finds the grade level of a total in a fiscal year's bands (the first band whose conditions hold). */
public final class Grader {
    private Grader() {
    }

    /**
     * @param total      the total as published (2 decimals)
     * @param toolScores tool scores as published; a band that needs them is skipped when one is missing
     */
    public static Optional<GradeBand> grade(YearCatalog catalog, double total, Map<Tool, Double> toolScores) {
        for (GradeBand band : catalog.gradeBands()) {
            if (band.coversTotal(total) && toolsReach(band, toolScores)) {
                return Optional.of(band);
            }
        }
        return Optional.empty();
    }

    private static boolean toolsReach(GradeBand band, Map<Tool, Double> toolScores) {
        if (band.looksAtTotalOnly()) {
            return true;
        }
        for (Tool tool : Tool.values()) {
            Double score = toolScores.get(tool);
            if (score == null || score < band.minEachTool()) {
                return false;
            }
        }
        return true;
    }
}
