package th.ita.insight.dashboard.scores;

import io.javalin.config.JavalinConfig;
import th.ita.insight.dashboard.agency.AgencyYears;
import th.ita.insight.dashboard.web.Lang;
import th.ita.insight.dashboard.web.Layout;
import th.ita.insight.dashboard.web.NotFound;
import th.ita.insight.dashboard.web.Params;
import th.ita.insight.dashboard.web.Rows;

import java.util.List;
import java.util.Map;
import th.ita.insight.dashboard.export.TableCsv;
import java.util.Set;

/** One agency's indicators (radar) and questions (heatmap) pages, and the JSON behind a question's detail. */
public final class ScoreRoutes {
    private static final Set<String> TOOLS = Set.of("IIT", "EIT", "OIT");

    private ScoreRoutes() {
    }

    public static void register(JavalinConfig config, Rows rows, AgencyYears lookup) {
        config.routes.get("/agency/{id}/indicators", ctx -> {
            var lang = Lang.of(ctx);
            Map<String, Object> agency = lookup.agency(ctx);
            String id = (String) agency.get("agency_id");
            int year = lookup.year(ctx, id);
            Map<String, Object> y = rows.one("SELECT method_break FROM catalog_year WHERE fiscal_year = ?", year);
            ctx.html(IndicatorsPage.render(agency, year, lookup.years(id), IndicatorsPage.load(rows, agency, year),
                    y != null && Boolean.TRUE.equals(y.get("method_break")), lang, Layout.toggleHref(ctx, lang)));
        });
        config.routes.get("/api/agencies/{id}/indicators", ctx -> {
            Lang.of(ctx);
            Map<String, Object> agency = lookup.agency(ctx);
            ctx.json(IndicatorsPage.load(rows, agency, lookup.year(ctx, (String) agency.get("agency_id"))));
        });
        config.routes.get("/agency/{id}/indicators.csv", ctx -> {
            var lang = Lang.of(ctx);
            Map<String, Object> agency = lookup.agency(ctx);
            String id = (String) agency.get("agency_id");
            int year = lookup.year(ctx, id);
            TableCsv.send(ctx, lang, "ita-indicators-" + id + "-" + year, List.of(
                    TableCsv.Column.of("ตัวชี้วัดที่", "indicator", "indicator"),
                    new TableCsv.Column("ตัวชี้วัด", "name", "name_th", "name_en"), TableCsv.Column.of("เครื่องมือ", "tool", "tool"),
                    TableCsv.Column.of("คะแนน " + year, "score FY" + year, "score"),
                    TableCsv.Column.of("คะแนน " + (year - 1), "score FY" + (year - 1), "last_score"),
                    TableCsv.Column.of("มัธยฐานประเภทเดียวกัน", "type median", "type_p50"),
                    TableCsv.Column.of("มัธยฐานทั้งประเทศ", "national median", "national_p50"),
                    TableCsv.Column.of("ข้อที่อ่อน", "weak items", "weak")), IndicatorsPage.load(rows, agency, year));
        });
        config.routes.get("/agency/{id}/questions.csv", ctx -> {
            var lang = Lang.of(ctx);
            String id = (String) lookup.agency(ctx).get("agency_id");
            int year = lookup.year(ctx, id);
            String tool = Params.oneOf(ctx, "tool", TOOLS, "");
            Integer indicator = Params.intIn(ctx, "indicator", 1, 10);
            TableCsv.send(ctx, lang, "ita-questions-" + id, List.of(TableCsv.Column.of("ปีงบประมาณ", "fiscal year (BE)", "fiscal_year"),
                    TableCsv.Column.of("ข้อ", "item", "code"), TableCsv.Column.of("เครื่องมือ", "tool", "tool"),
                    TableCsv.Column.of("ตัวชี้วัดที่", "indicator", "indicator"),
                    new TableCsv.Column("ข้อคำถาม", "question", "text_th", "text_en"), TableCsv.Column.of("คะแนน", "score", "score"),
                    new TableCsv.Column("ลำดับความสำคัญ (ถ้าอ่อน)", "priority (if weak)", "severity_th", "severity_en"),
                    new TableCsv.Column("เหตุผล", "why", "reason_th", "reason_en"),
                    TableCsv.Column.of("ถ้อยคำยืนยันแล้ว", "wording confirmed", "text_confirmed"),
                    TableCsv.Column.of("แถว (ข้อเดียวกันทุกปี)", "row (one item over the years)", "row")),
                    QuestionMatrix.load(rows, id, year, tool, indicator).cells());
        });
        config.routes.get("/agency/{id}/questions", ctx -> {
            var lang = Lang.of(ctx);
            Map<String, Object> agency = lookup.agency(ctx);
            String id = (String) agency.get("agency_id");
            int year = lookup.year(ctx, id);
            String tool = Params.oneOf(ctx, "tool", TOOLS, "");
            Integer indicator = Params.intIn(ctx, "indicator", 1, 10);
            String open = Params.itemCode(ctx, "q");
            ctx.html(QuestionsPage.render(agency, year, tool, indicator, open, QuestionMatrix.load(rows, id, year, tool, indicator),
                    lang, Layout.toggleHref(ctx, lang)));
        });
        config.routes.get("/api/agencies/{id}/questions/{code}", ctx -> {
            Lang.of(ctx);
            Map<String, Object> agency = lookup.agency(ctx);
            int year = lookup.year(ctx, (String) agency.get("agency_id"));
            String code = Params.itemCode("code", ctx.pathParam("code"));
            Map<String, Object> detail = QuestionDetail.load(rows, agency, year, code);
            if (detail == null) {
                throw new NotFound("ไม่มีข้อ " + code + " ในปีงบประมาณ " + year, "FY" + year + " has no item " + code);
            }
            ctx.json(detail);
        });
    }
}
