package th.ita.insight.measures;

import th.ita.insight.catalog.YearCatalog;
import th.ita.insight.scoring.AgencyYearInput;
import th.ita.insight.scoring.AgencyYearRollup;
import th.ita.insight.scoring.ScoreRollup;

import java.util.HashMap;
import java.util.Map;

/** What the total and grade would be if some items reached target scores; everything else stays as loaded. */
public final class WhatIf {
    private WhatIf() {
    }

    /** @param targets item code → target score (0–100); codes the year's catalog lacks are refused */
    public static AgencyYearRollup apply(YearCatalog year, Map<String, Double> itemScores, Map<String, Double> targets) {
        Map<String, Double> scores = new HashMap<>(itemScores);
        targets.forEach((code, target) -> {
            if (year.item(code).isEmpty()) {
                throw new IllegalArgumentException(code + " is not in the FY" + year.fiscalYear() + " catalog");
            }
            if (target < 0 || target > 100) {
                throw new IllegalArgumentException("target for " + code + " must be 0–100, not " + target);
            }
            scores.put(code, target);
        });
        return new ScoreRollup(year).rollUp(AgencyYearInput.ofItems(scores));
    }
}
