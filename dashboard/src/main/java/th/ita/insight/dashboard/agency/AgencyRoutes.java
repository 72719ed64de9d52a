package th.ita.insight.dashboard.agency;

import io.javalin.config.JavalinConfig;
import th.ita.insight.dashboard.web.Lang;

/** The agencies page ({@code /}). */
public final class AgencyRoutes {
    private AgencyRoutes() {
    }

    public static void register(JavalinConfig config, AgencyRepository agencies) {
        config.routes.get("/", ctx -> {
            var lang = Lang.of(ctx);
            ctx.html(AgencyListPage.render(agencies.latest(), agencies.runInfo(), lang));
        });
    }
}
