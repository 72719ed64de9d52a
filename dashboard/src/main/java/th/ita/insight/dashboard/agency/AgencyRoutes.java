package th.ita.insight.dashboard.agency;

import io.javalin.config.JavalinConfig;
import th.ita.insight.dashboard.web.Lang;
import th.ita.insight.dashboard.web.Rows;

import java.util.Map;

/** The pages about agencies: the list ({@code /}) and one agency's overview ({@code /agency/{id}}). */
public final class AgencyRoutes {
    private AgencyRoutes() {
    }

    public static void register(JavalinConfig config, AgencyRepository agencies, Rows rows, AgencyYears lookup) {
        config.routes.get("/", ctx -> {
            var lang = Lang.of(ctx);
            ctx.html(AgencyListPage.render(agencies.latest(), agencies.runInfo(), lang,
                    th.ita.insight.dashboard.web.Layout.toggleHref(ctx, lang)));
        });
        config.routes.get("/agency/{id}", ctx -> {
            var lang = Lang.of(ctx);
            Map<String, Object> agency = lookup.agency(ctx);
            String id = (String) agency.get("agency_id");
            int year = lookup.year(ctx, id);
            ctx.html(AgencyPage.render(AgencyPageData.load(rows, agency, year, lookup.years(id)), lang,
                    th.ita.insight.dashboard.web.Layout.toggleHref(ctx, lang)));
        });
    }
}
