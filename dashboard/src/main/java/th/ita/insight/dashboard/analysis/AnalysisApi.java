package th.ita.insight.dashboard.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.catalog.Tool;
import th.ita.insight.catalog.YearCatalog;
import th.ita.insight.dashboard.agency.AgencyYears;
import th.ita.insight.dashboard.web.BadRequest;
import th.ita.insight.dashboard.web.Lang;
import th.ita.insight.dashboard.web.Params;
import th.ita.insight.dashboard.web.Rows;
import th.ita.insight.measures.WhatIf;
import th.ita.insight.scoring.AgencyYearRollup;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An agency-year's weak items and recommended measures: the weak-points page, their JSON, and the
 * what-if calculator (docs/api.md).
 */
public final class AnalysisApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TARGETS = 200;

    private AnalysisApi() {
    }

    public static void register(JavalinConfig config, Rows rows, AgencyYears lookup, PlanOffer offers) {
        config.routes.get("/agency/{id}/weak-points", ctx -> {
            var lang = Lang.of(ctx);
            Map<String, Object> agency = lookup.agency(ctx);
            int year = lookup.year(ctx, (String) agency.get("agency_id"));
            ctx.html(WeakPointsPage.render(rows, agency, year, lang, th.ita.insight.dashboard.web.Layout.toggleHref(ctx, lang),
                    offers.of(ctx, agency, year)));
        });
        config.routes.get("/agency/{id}/what-if", ctx -> {
            var lang = Lang.of(ctx);
            Map<String, Object> agency = lookup.agency(ctx);
            int year = lookup.year(ctx, (String) agency.get("agency_id"));
            ctx.html(WhatIfPage.render(ctx, rows, agency, year, lang));
        });
        config.routes.get("/api/agencies/{id}/weak-items", ctx -> {
            Lang.of(ctx);
            String id = (String) lookup.agency(ctx).get("agency_id");
            int year = lookup.year(ctx, id);
            ctx.json(rows.list("""
                    SELECT w.level, w.key, w.tool, w.indicator, c.text_th, c.text_en, c.text_confirmed, w.score, w.peer_median, w.gap,
                           w.reasons, w.years_weak, w.severity, w.reason_th, w.reason_en
                    FROM weak_item w LEFT JOIN catalog_question c ON c.fiscal_year = w.fiscal_year AND c.code = w.key
                    WHERE w.agency_id = ? AND w.fiscal_year = ?
                    ORDER BY CASE w.severity WHEN 'urgent' THEN 1 WHEN 'improve' THEN 2 ELSE 3 END, w.gap DESC, w.key""",
                    id, year));
        });
        config.routes.get("/api/agencies/{id}/recommendations", ctx -> {
            Lang.of(ctx);
            String id = (String) lookup.agency(ctx).get("agency_id");
            int year = lookup.year(ctx, id);
            var recs = rows.list("SELECT r.*, m.how_th, m.how_en, m.responsible_th, m.responsible_en "
                    + "FROM recommendation r LEFT JOIN measure m USING (measure_id) "
                    + "WHERE agency_id = ? AND fiscal_year = ? ORDER BY rank", id, year);
            for (Map<String, Object> r : recs) {
                r.put("items", rows.list("SELECT code, score, target, share, gain FROM recommendation_item "
                        + "WHERE agency_id = ? AND fiscal_year = ? AND measure_id = ? ORDER BY gain DESC, code",
                        id, year, r.get("measure_id")));
            }
            ctx.json(recs);
        });
        config.routes.post("/api/agencies/{id}/what-if", ctx -> {
            Lang.of(ctx);
            String id = (String) lookup.agency(ctx).get("agency_id");
            int year = lookup.year(ctx, id);
            YearCatalog catalog = Catalogs.bundled().forYear(year).orElseThrow();
            Map<String, Double> scores = new HashMap<>();
            rows.list("SELECT question, score FROM score_question WHERE agency_id = ? AND fiscal_year = ?", id, year)
                    .forEach(r -> scores.put((String) r.get("question"), ((Number) r.get("score")).doubleValue()));
            if (scores.isEmpty()) {
                throw new BadRequest("ปีงบประมาณ " + year + " ของหน่วยงานนี้ไม่มีคะแนนรายข้อ จึงคำนวณ what-if ไม่ได้",
                        "FY" + year + " of this agency has no question scores to run a what-if on");
            }
            Map<String, Double> targets = targets(ctx, catalog);
            AgencyYearRollup before = WhatIf.apply(catalog, scores, Map.of());
            AgencyYearRollup after = WhatIf.apply(catalog, scores, targets);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("agency_id", id);
            out.put("fiscal_year", year);
            out.put("targets", targets);
            out.put("before", summary(before));
            out.put("after", summary(after));
            out.put("gain", after.publishedTotal() == null || before.publishedTotal() == null ? null
                    : th.ita.insight.scoring.Rounding.twoDecimals(after.total().value() - before.total().value()));
            ctx.json(out);
        });
    }

    /** {"targets": {"e13": 85, "o18": "๑๐๐"}}: codes of that year's catalog, scores 0–100. */
    private static Map<String, Double> targets(Context ctx, YearCatalog catalog) {
        JsonNode body;
        try {
            body = JSON.readTree(ctx.body());
        } catch (IOException e) {
            throw new BadRequest("เนื้อหาคำขอไม่ใช่ JSON ที่ถูกต้อง", "the request body is not valid JSON");
        }
        JsonNode targets = body == null ? null : body.get("targets");
        if (targets == null || !targets.isObject() || targets.size() == 0 || targets.size() > MAX_TARGETS) {
            throw new BadRequest("ต้องส่ง {\"targets\": {\"รหัสข้อ\": คะแนน}} อย่างน้อยหนึ่งข้อ",
                    "send {\"targets\": {\"code\": score}} with at least one item");
        }
        Map<String, Double> out = new LinkedHashMap<>();
        var fields = targets.fields();
        while (fields.hasNext()) {
            var f = fields.next();
            String code = f.getKey().strip().toLowerCase(java.util.Locale.ROOT);
            if (catalog.item(code).isEmpty()) {
                throw new BadRequest("ไม่มีข้อ '" + Lang.abbreviate(f.getKey()) + "' ในเกณฑ์ปีงบประมาณ " + catalog.fiscalYear(),
                        "'" + Lang.abbreviate(f.getKey()) + "' is not in the FY" + catalog.fiscalYear() + " catalog");
            }
            out.put(code, Params.score(code, f.getValue().asText()));
        }
        return out;
    }

    private static Map<String, Object> summary(AgencyYearRollup r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", r.publishedTotal());
        out.put("grade", r.grade() == null ? null : r.grade().code());
        out.put("grade_th", r.grade() == null ? null : r.grade().labelTh());
        out.put("grade_en", r.grade() == null ? null : r.grade().labelEn());
        Map<String, Double> tools = new LinkedHashMap<>();
        for (Tool t : Tool.values()) {
            tools.put(t.name(), r.tools().get(t) == null ? null : r.tools().get(t).shown());
        }
        out.put("tools", tools);
        return out;
    }
}
