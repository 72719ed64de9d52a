package th.ita.insight.dashboard.planner;

import io.javalin.http.Context;
import th.ita.insight.dashboard.agency.AgencyYears;
import th.ita.insight.dashboard.auth.Access;
import th.ita.insight.dashboard.auth.AgencyRef;
import th.ita.insight.dashboard.auth.CurrentUser;
import th.ita.insight.dashboard.auth.User;
import th.ita.insight.dashboard.web.BadRequest;
import th.ita.insight.dashboard.web.Forbidden;
import th.ita.insight.dashboard.web.NotFound;
import th.ita.insight.text.FiscalYears;
import th.ita.insight.text.Parsed;

import java.sql.SQLException;
import java.util.Map;

/**
 * Resolves a planner request's account and agency and applies the access rules before any plan is read
 * or written: no account → login, another agency → 403, an item of another agency under this one's path → 404.
 */
final class PlanGuard {
    /** Who asks about which agency. */
    record Request(User user, Map<String, Object> agency, AgencyRef ref, boolean canEdit) {
        String agencyId() {
            return ref.agencyId();
        }
    }

    private final AgencyYears lookup;
    private final PlanRepository plans;

    PlanGuard(AgencyYears lookup, PlanRepository plans) {
        this.lookup = lookup;
        this.plans = plans;
    }

    Request read(Context ctx) throws SQLException {
        User u = CurrentUser.require(ctx);
        Map<String, Object> agency = lookup.agency(ctx);
        AgencyRef ref = AgencyRef.of(agency);
        if (!Access.canReadPlans(u, ref)) {
            throw new Forbidden("บัญชีนี้ไม่มีสิทธิ์ดูแผนของหน่วยงานนี้", "this account may not see this agency's plans");
        }
        return new Request(u, agency, ref, Access.canEditPlans(u, ref));
    }

    Request edit(Context ctx) throws SQLException {
        User u = CurrentUser.require(ctx);
        Map<String, Object> agency = lookup.agency(ctx);
        AgencyRef ref = AgencyRef.of(agency);
        if (!Access.canEditPlans(u, ref)) {
            throw new Forbidden("บัญชีนี้ไม่มีสิทธิ์แก้ไขแผนของหน่วยงานนี้ (แก้ได้เฉพาะเจ้าหน้าที่ของหน่วยงานเอง)",
                    "this account may not edit this agency's plans (only the agency's own officers may)");
        }
        return new Request(u, agency, ref, true);
    }

    /** The item named in the path, which must belong to the agency in the same path. */
    PlanItem item(Context ctx, Request r) throws SQLException {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("pid"));
        } catch (NumberFormatException e) {
            throw new NotFound("ไม่พบมาตรการนี้", "no such plan item");
        }
        PlanItem item = plans.find(id);
        if (item == null || !item.agencyId().equals(r.agencyId())) {
            throw new NotFound("ไม่พบมาตรการนี้ในแผนของหน่วยงานนี้", "no such plan item in this agency's plan");
        }
        return item;
    }

    /** The analysed year: ?year= (or a form's year field), else the agency's latest; one without scores is 404. */
    int year(Context ctx, Request r, String formYear) throws SQLException {
        if (formYear == null || formYear.isBlank()) {
            return lookup.year(ctx, r.agencyId());
        }
        Parsed<Integer> y = FiscalYears.parse(formYear.strip());
        if (!y.isOk()) {
            throw new BadRequest("ปีงบประมาณ '" + th.ita.insight.dashboard.web.Lang.abbreviate(formYear) + "' ไม่ถูกต้อง",
                    "year '" + th.ita.insight.dashboard.web.Lang.abbreviate(formYear) + "' is not valid");
        }
        if (!lookup.years(r.agencyId()).contains(y.value())) {
            throw new NotFound("ไม่มีคะแนนของหน่วยงานนี้ในปีงบประมาณ " + y.value(), "no scores of this agency for FY" + y.value());
        }
        return y.value();
    }
}
