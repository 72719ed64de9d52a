package th.ita.insight.dashboard.analysis;

import io.javalin.http.Context;

import java.sql.SQLException;
import java.util.Map;

/**
 * What the weak-points page may offer the viewer about next year's plan (the planner answers; this
 * package does not know plans): an "add to next year's plan" button per measure, or a link to the item
 * already made from it.
 */
@FunctionalInterface
public interface PlanOffer {
    /**
     * @param planned measure id → plan item id, for measures already in the plan
     */
    record Offer(boolean signedIn, boolean canEdit, String csrf, Map<String, Long> planned) {
        public static final Offer ANONYMOUS = new Offer(false, false, null, Map.of());
    }

    Offer of(Context ctx, Map<String, Object> agency, int year) throws SQLException;
}
