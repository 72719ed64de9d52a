package th.ita.insight.dashboard.selfassessment;

import io.javalin.config.JavalinConfig;
import th.ita.insight.dashboard.agency.AgencyYears;
import th.ita.insight.dashboard.web.Lang;
import th.ita.insight.dashboard.web.Layout;
import th.ita.insight.dashboard.web.Params;
import th.ita.insight.dashboard.web.Rows;

import java.util.List;
import java.util.Map;

/** {@code /agency/{id}/self-assessment}: the agency's own survey, projected, beside its last official results. */
public final class SelfAssessmentRoutes {
    private SelfAssessmentRoutes() {
    }

    public static void register(JavalinConfig config, Rows rows, AgencyYears lookup) {
        config.routes.get("/agency/{id}/self-assessment", ctx -> {
            var lang = Lang.of(ctx);
            Map<String, Object> agency = lookup.agency(ctx);
            String id = (String) agency.get("agency_id");
            List<Integer> years = SelfAssessmentYears.of(rows, id);
            Integer asked = Params.year(ctx);
            // The tabs carry the official year; show that year's self-assessment, else the latest one.
            SelfAssessmentData data = null;
            if (!years.isEmpty()) {
                int year = asked != null && years.contains(asked) ? asked : years.get(years.size() - 1);
                data = SelfAssessmentData.load(rows, id, year, years);
            }
            List<Integer> official = lookup.years(id);
            int navYear = asked != null && official.contains(asked) ? asked
                    : official.isEmpty() ? (data == null ? 0 : data.year()) : official.get(official.size() - 1);
            ctx.html(SelfAssessmentPage.render(agency, data, navYear, lang, Layout.toggleHref(ctx, lang)));
        });
    }
}
