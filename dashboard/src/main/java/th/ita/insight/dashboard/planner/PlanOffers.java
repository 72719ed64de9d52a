package th.ita.insight.dashboard.planner;

import io.javalin.http.Context;
import th.ita.insight.dashboard.analysis.PlanOffer;
import th.ita.insight.dashboard.auth.Access;
import th.ita.insight.dashboard.auth.AgencyRef;
import th.ita.insight.dashboard.auth.CurrentUser;
import th.ita.insight.dashboard.auth.User;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Tells the weak-points page whether the viewer may add measures to the agency's plan and which are in it already. */
public final class PlanOffers implements PlanOffer {
    private final PlanRepository plans;

    public PlanOffers(PlanRepository plans) {
        this.plans = plans;
    }

    @Override
    public Offer of(Context ctx, Map<String, Object> agency, int year) throws SQLException {
        User u = CurrentUser.of(ctx);
        if (u == null) {
            return Offer.ANONYMOUS;
        }
        AgencyRef ref = AgencyRef.of(agency);
        if (!Access.canReadPlans(u, ref)) {
            return new Offer(true, false, CurrentUser.csrf(ctx), Map.of());
        }
        Map<String, Long> planned = new HashMap<>();
        for (PlanItem i : plans.list(ref.agencyId(), year)) {
            if (i.measureId() != null) {
                planned.putIfAbsent(i.measureId(), i.id());
            }
        }
        return new Offer(true, Access.canEditPlans(u, ref), CurrentUser.csrf(ctx), planned);
    }
}
