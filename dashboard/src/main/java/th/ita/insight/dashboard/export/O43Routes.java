package th.ita.insight.dashboard.export;

import io.javalin.config.JavalinConfig;
import th.ita.insight.dashboard.agency.AgencyYears;
import th.ita.insight.dashboard.auth.Access;
import th.ita.insight.dashboard.auth.AgencyRef;
import th.ita.insight.dashboard.auth.CurrentUser;
import th.ita.insight.dashboard.auth.User;
import th.ita.insight.dashboard.planner.AnalyticsFacts;
import th.ita.insight.dashboard.planner.PlanItem;
import th.ita.insight.dashboard.planner.PlanRepository;
import th.ita.insight.dashboard.web.Forbidden;
import th.ita.insight.dashboard.web.Lang;
import th.ita.insight.dashboard.web.Params;
import th.ita.insight.dashboard.web.Rows;
import th.ita.insight.text.Language;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The o43 report as DOCX and PDF (docs/exports.md): an agency's plan items for the year after
 * {@code ?year=}, with that year's scores as context, written by the same block writers as the o42.
 * Plans are not public: the account must be allowed to read the agency's plans.
 */
public final class O43Routes {
    private O43Routes() {
    }

    public static void register(JavalinConfig config, Rows rows, AgencyYears lookup, PlanRepository plans) {
        O42Repository scores = new O42Repository(rows);
        AnalyticsFacts facts = new AnalyticsFacts(rows);
        for (ExportFormat format : List.of(ExportFormat.DOCX, ExportFormat.PDF)) {
            config.routes.get("/agency/{id}/o43." + format.extension, ctx -> {
                Language lang = Lang.of(ctx);
                User u = CurrentUser.require(ctx);
                Map<String, Object> agency = lookup.agency(ctx);
                if (!Access.canReadPlans(u, AgencyRef.of(agency))) {
                    throw new Forbidden("บัญชีนี้ไม่มีสิทธิ์ดูแผนของหน่วยงานนี้", "this account may not see this agency's plans");
                }
                Digits digits = Digits.parse(Params.oneOf(ctx, "digits", Set.of("arabic", "thai"), "arabic")).orElseThrow();
                O43Grouping grouping = O43Grouping.valueOf(Params.oneOf(ctx, "group", Set.of("tool", "indicator", "theme"), "tool")
                        .toUpperCase(Locale.ROOT));
                String id = (String) agency.get("agency_id");
                int year = lookup.year(ctx, id);
                List<PlanItem> items = plans.list(id, year);
                O43Layout.Content content = new O43Layout.Content(scores.load(agency, year, Comparison.NONE), items,
                        plans.notes(items), facts.places(year));
                List<Block> blocks = O43Layout.layout(content, grouping, lang, digits);
                String title = lang.pick("รายงานผลการดำเนินการตามมาตรการ (o43) ปีงบประมาณ ", "o43 measures report FY") + (year + 1)
                        + " " + agency.get("name_th");
                String language = lang == Language.TH ? "th-TH" : "en-GB";
                byte[] file = format == ExportFormat.DOCX ? DocxWriter.write(blocks, title, language)
                        : PdfWriter.write(blocks, title, language, digits);
                Downloads.attach(ctx, format, "ita-o43-" + id + "-" + (year + 1), "o43 " + agency.get("name_th") + " " + (year + 1));
                ctx.result(file);
            });
        }
    }
}
