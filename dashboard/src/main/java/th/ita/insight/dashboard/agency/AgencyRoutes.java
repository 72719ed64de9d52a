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
            ctx.html(AgencyListPage.render(agencies.latest(), new GradeBandRepository(rows).all(), agencies.runInfo(), lang,
                    th.ita.insight.dashboard.web.Layout.toggleHref(ctx, lang)));
        });
        config.routes.get("/agency/{id}/totals.csv", ctx -> {
            var lang = Lang.of(ctx);
            Map<String, Object> agency = lookup.agency(ctx);
            String id = (String) agency.get("agency_id");
            AgencyPageData d = AgencyPageData.load(rows, agency, lookup.year(ctx, id), lookup.years(id));
            th.ita.insight.dashboard.export.TableCsv.send(ctx, lang, "ita-totals-" + id, java.util.List.of(
                    th.ita.insight.dashboard.export.TableCsv.Column.of("ปีงบประมาณ", "fiscal year (BE)", "fiscal_year"),
                    th.ita.insight.dashboard.export.TableCsv.Column.of("คะแนนรวม", "total", "total"),
                    new th.ita.insight.dashboard.export.TableCsv.Column("ระดับ", "level", "grade_th", "grade_en"),
                    th.ita.insight.dashboard.export.TableCsv.Column.of("ระดับที่เผยแพร่", "printed level", "published_label"),
                    th.ita.insight.dashboard.export.TableCsv.Column.of("ที่มา", "origin", "origin"),
                    th.ita.insight.dashboard.export.TableCsv.Column.of("มัธยฐานประเภทเดียวกัน", "type median", "type_p50"),
                    th.ita.insight.dashboard.export.TableCsv.Column.of("มัธยฐานทั้งประเทศ", "national median", "national_p50")), d.totals());
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
