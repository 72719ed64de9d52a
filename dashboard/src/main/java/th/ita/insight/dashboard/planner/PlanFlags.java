package th.ita.insight.dashboard.planner;

import java.util.List;
import java.util.Set;

/**
 * Which of a plan's linked items the plan year's catalog (AnalyticsFacts.catalogFor) does not have (OIT
 * lists change between years, so "o33" may vanish): the plan is kept and flagged, never dropped, so the officer decides. Pure.
 */
public final class PlanFlags {
    private PlanFlags() {
    }

    /** The linked codes missing from that catalog, in the plan's order; empty when the catalog is unknown. */
    public static List<String> vanished(PlanDraft draft, Set<String> catalogCodes) {
        if (catalogCodes.isEmpty()) {
            return List.of();
        }
        return draft.questions().stream().filter(code -> !catalogCodes.contains(code)).toList();
    }
}
