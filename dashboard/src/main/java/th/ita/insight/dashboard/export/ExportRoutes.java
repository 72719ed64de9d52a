package th.ita.insight.dashboard.export;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import th.ita.insight.dashboard.agency.AgencyLatest;
import th.ita.insight.dashboard.agency.AgencyRepository;
import th.ita.insight.dashboard.agency.AgencyYears;
import th.ita.insight.dashboard.web.Lang;
import th.ita.insight.dashboard.web.Params;
import th.ita.insight.dashboard.web.Rows;
import th.ita.insight.text.Language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The exports (docs/exports.md): an agency-year's o42 as DOCX/PDF and its weak items as CSV, the
 * agencies list as CSV, a peer group as CSV and XLSX. Every parameter is checked before a byte is sent.
 */
public final class ExportRoutes {
    private ExportRoutes() {
    }

    public static void register(JavalinConfig config, AgencyRepository agencies, Rows rows, AgencyYears lookup) {
        O42Repository o42 = new O42Repository(rows);
        SelfO42Repository selfO42 = new SelfO42Repository(rows);
        for (ExportFormat format : List.of(ExportFormat.DOCX, ExportFormat.PDF)) {
            config.routes.get("/agency/{id}/o42." + format.extension, ctx -> {
                Language lang = Lang.of(ctx);
                Digits digits = Digits.parse(Params.oneOf(ctx, "digits", Set.of("arabic", "thai"), "arabic")).orElseThrow();
                Comparison comparison = Comparison.valueOf(Params.oneOf(ctx, "compare", Set.of("auto", "always", "none"), "auto")
                        .toUpperCase(Locale.ROOT));
                boolean self = Params.oneOf(ctx, "source", Set.of("official", "self"), "official").equals("self");
                Map<String, Object> agency = lookup.agency(ctx);
                String id = (String) agency.get("agency_id");
                // A self-assessment is usually of a year without official results yet: its year is its own.
                int year = self ? th.ita.insight.dashboard.selfassessment.SelfAssessmentYears.year(rows, ctx, id)
                        : lookup.year(ctx, id);
                O42Report report = self ? selfO42.load(agency, year) : o42.load(agency, year, comparison);
                byte[] file = O42Exporter.export(report, format, lang, digits);
                Downloads.attach(ctx, format, "ita-o42-" + (self ? "self-" : "") + id + "-" + year,
                        "o42 " + (self ? "self-assessment " : "") + agency.get("name_th") + " " + year);
                ctx.result(file);
            });
        }
        config.routes.get("/agency/{id}/weak-items.csv", ctx -> {
            Language lang = Lang.of(ctx);
            Map<String, Object> agency = lookup.agency(ctx);
            String id = (String) agency.get("agency_id");
            int year = lookup.year(ctx, id);
            csv(ctx, rows, ExportTables.AGENCY_WEAK_ITEMS, lang, "ita-weak-items-" + id + "-" + year,
                    agency.get("name_th") + " " + year, id, year);
        });
        config.routes.get("/agencies.csv", ctx -> {
            Language lang = Lang.of(ctx);
            Downloads.attach(ctx, ExportFormat.CSV, "ita-agencies", null);
            try (CsvSink sink = new CsvSink(ctx.outputStream())) {
                sink.header(Arrays.asList(lang.pick("รหัสหน่วยงาน", "agency id"), lang.pick("หน่วยงาน", "agency"),
                        lang.pick("ประเภท", "type"), lang.pick("จังหวัด", "province"), lang.pick("ปีงบประมาณ", "fiscal year (BE)"),
                        lang.pick("คะแนนรวม", "total"), lang.pick("ระดับ", "level"), lang.pick("ระดับที่เผยแพร่", "printed level"),
                        lang.pick("ที่มา", "origin")));
                for (AgencyLatest a : agencies.latest()) {
                    sink.row(new ArrayList<>(Arrays.asList(a.agencyId(), a.nameTh(), a.agencyType(), a.province(), a.fiscalYear(),
                            a.total(), a.grade() == null ? null : lang.pick(a.gradeTh(), a.gradeEn()), a.publishedLabel(), a.origin())));
                }
            }
        });
        config.routes.get("/group/{group}/{key}/agencies.csv", ctx -> {
            Language lang = Lang.of(ctx);
            GroupRequest g = GroupRequest.of(ctx, rows);
            csv(ctx, rows, ExportTables.GROUP_AGENCIES, lang, g.fileStem(), g.group() + " " + g.key() + " " + g.year(),
                    g.year(), g.group(), g.key());
        });
        config.routes.get("/group/{group}/{key}/weak-questions.csv", ctx -> {
            Language lang = Lang.of(ctx);
            GroupRequest g = GroupRequest.of(ctx, rows);
            csv(ctx, rows, ExportTables.GROUP_WEAK_QUESTIONS, lang, g.fileStem() + "-weak-questions",
                    g.group() + " " + g.key() + " " + g.year() + " weak questions", g.year(), g.group(), g.key());
        });
        config.routes.get("/group/{group}/{key}/export.xlsx", ctx -> {
            Language lang = Lang.of(ctx);
            GroupRequest g = GroupRequest.of(ctx, rows);
            Downloads.attach(ctx, ExportFormat.XLSX, g.fileStem(), g.group() + " " + g.key() + " " + g.year());
            GroupWorkbook.write(rows, g.group(), g.key(), g.year(), lang, ctx.outputStream());
        });
    }

    private static void csv(Context ctx, Rows rows, ExportTable table, Language lang, String stem, String display,
                            Object... params) throws Exception {
        Downloads.attach(ctx, ExportFormat.CSV, stem, display);
        try (CsvSink sink = new CsvSink(ctx.outputStream())) {
            table.stream(rows, lang, sink, params);
        }
    }
}
