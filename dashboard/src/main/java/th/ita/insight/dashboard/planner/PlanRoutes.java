package th.ita.insight.dashboard.planner;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import th.ita.insight.dashboard.agency.AgencyYears;
import th.ita.insight.dashboard.auth.Access;
import th.ita.insight.dashboard.auth.AgencyRef;
import th.ita.insight.dashboard.auth.CurrentUser;
import th.ita.insight.dashboard.auth.User;
import th.ita.insight.dashboard.web.Forbidden;
import th.ita.insight.dashboard.web.Lang;
import th.ita.insight.dashboard.web.Layout;
import th.ita.insight.dashboard.web.Params;
import th.ita.insight.dashboard.web.Rows;
import th.ita.insight.text.Language;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The planner's pages and forms (docs/api.md#planner): the plan board, an item's page, adding a
 * recommended or a free measure, saving an item, progress notes, and the overseer's coverage page.
 * Forms answer with a redirect (post/redirect/get), so a reload never sends a change twice.
 */
public final class PlanRoutes {
    static final List<String> FIELDS = List.of("title", "questions", "approach", "responsible", "steps", "start", "end",
            "target", "status", "outcome", "evidence");

    private PlanRoutes() {
    }

    public static void register(JavalinConfig config, Rows rows, AgencyYears lookup, PlanRepository plans) {
        AnalyticsFacts facts = new AnalyticsFacts(rows);
        PlanGuard guard = new PlanGuard(lookup, plans);
        PlanEdits edits = new PlanEdits(plans, facts);
        config.routes.get("/agency/{id}/plan", ctx -> {
            Language lang = Lang.of(ctx);
            PlanGuard.Request r = guard.read(ctx);
            int year = guard.year(ctx, r, null);
            PlanBoardPage.View view = PlanBoardPage.View.valueOf(Params.oneOf(ctx, "view", Set.of("status", "theme"), "status")
                    .toUpperCase(java.util.Locale.ROOT));
            List<PlanItem> items = plans.list(r.agencyId(), year);
            ctx.html(PlanBoardPage.render(ctx, r, year, view, items, plans.notes(items), facts.catalogFor(year + 1), lang));
        });
        config.routes.post("/agency/{id}/plan/items", ctx -> {
            Language lang = Lang.of(ctx);
            PlanGuard.Request r = guard.edit(ctx);
            int year = guard.year(ctx, r, ctx.formParam("year"));
            String measure = ctx.formParam("measure");
            PlanItem item = measure != null && !measure.isBlank()
                    ? edits.addRecommended(r.user().name(), r.agencyId(), year, measure.strip())
                    : edits.addFree(r.user().name(), r.agencyId(), year, form(ctx));
            ctx.redirect(itemPath(item, lang), HttpStatus.SEE_OTHER);
        });
        config.routes.get("/agency/{id}/plan/items/{pid}", ctx -> {
            Language lang = Lang.of(ctx);
            PlanGuard.Request r = guard.read(ctx);
            PlanItem item = guard.item(ctx, r);
            ctx.html(PlanItemPage.render(ctx, r, item, plans.notes(List.of(item)).getOrDefault(item.id(), List.of()),
                    facts.catalogFor(item.planYear()), lang));
        });
        config.routes.post("/agency/{id}/plan/items/{pid}", ctx -> {
            Language lang = Lang.of(ctx);
            PlanGuard.Request r = guard.edit(ctx);
            PlanItem item = guard.item(ctx, r);
            ctx.redirect(itemPath(edits.update(r.user().name(), item, ctx.formParam("version"), form(ctx)), lang), HttpStatus.SEE_OTHER);
        });
        config.routes.post("/agency/{id}/plan/items/{pid}/notes", ctx -> {
            Language lang = Lang.of(ctx);
            PlanGuard.Request r = guard.edit(ctx);
            PlanItem item = guard.item(ctx, r);
            edits.addNote(r.user().name(), item, ctx.formParam("noted_on"), ctx.formParam("text"));
            ctx.redirect(itemPath(item, lang), HttpStatus.SEE_OTHER);
        });
        config.routes.get("/coverage", ctx -> {
            Language lang = Lang.of(ctx);
            User u = CurrentUser.require(ctx);
            if (!Access.canSeeCoverage(u)) {
                throw new Forbidden("ความครอบคลุมของแผนเปิดให้ผู้กำกับดูแลและผู้ดูแลระบบ", "plan coverage is for overseers and administrators");
            }
            Integer asked = Params.year(ctx);
            int year = asked != null ? asked : latestYear(rows);
            ctx.html(CoveragePage.render(ctx, year, coverage(rows, plans, u, year), lang));
        });
        PlanApi.register(config, guard, edits, plans, facts);
    }

    static List<Coverage.AgencyCoverage> coverage(Rows rows, PlanRepository plans, User u, int year) throws Exception {
        Map<String, String[]> scope = new LinkedHashMap<>();
        for (Map<String, Object> a : rows.list("SELECT * FROM agency ORDER BY name_th")) {
            if (Access.canReadPlans(u, AgencyRef.of(a))) {
                scope.put((String) a.get("agency_id"), new String[]{(String) a.get("name_th"), (String) a.get("province")});
            }
        }
        List<Coverage.Weak> weak = rows.list("SELECT agency_id, key, severity FROM weak_item WHERE fiscal_year = ? AND level = 'item'", year)
                .stream().map(w -> new Coverage.Weak((String) w.get("agency_id"), (String) w.get("key"), (String) w.get("severity"))).toList();
        return Coverage.of(scope, weak, plans.plannedCodes(year), plans.liveCounts(year));
    }

    private static int latestYear(Rows rows) throws java.sql.SQLException {
        Map<String, Object> r = rows.one("SELECT max(fiscal_year) AS y FROM weak_item");
        return r == null || r.get("y") == null ? 0 : ((Number) r.get("y")).intValue();
    }

    static Map<String, String> form(Context ctx) {
        Map<String, String> f = new HashMap<>();
        for (String name : FIELDS) {
            String v = ctx.formParam(name);
            if (v != null) {
                f.put(name, v);
            }
        }
        return f;
    }

    private static String itemPath(PlanItem item, Language lang) {
        return "/agency/" + Layout.enc(item.agencyId()) + "/plan/items/" + item.id() + "?lang=" + Layout.code(lang);
    }
}
