package th.ita.insight.dashboard.agency;

import io.javalin.config.JavalinConfig;
import th.ita.insight.dashboard.web.Lang;
import th.ita.insight.dashboard.web.Params;
import th.ita.insight.dashboard.web.Rows;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * JSON about one agency or a search for agencies: its scores at every level for a year, its trends,
 * its place among its peers (docs/api.md).
 */
public final class AgencyApi {
    private AgencyApi() {
    }

    public static void register(JavalinConfig config, Rows rows, AgencyYears lookup) {
        config.routes.get("/api/agencies", ctx -> {
            Lang.of(ctx);
            String q = Params.text(ctx, "q");
            // Thai names, partial names, English province names and agency ids all match.
            ctx.json(rows.list(AgencyRepository.LATEST_MATCHING, q, q, q, q, q));
        });
        config.routes.get("/api/agencies/{id}", ctx -> {
            Lang.of(ctx);
            Map<String, Object> agency = lookup.agency(ctx);
            Map<String, Object> out = new LinkedHashMap<>(agency);
            out.put("run_id", rows.runId());
            out.put("years", lookup.years((String) agency.get("agency_id")));
            out.put("totals", rows.list("SELECT fiscal_year, total, origin, computed_total, published_total, "
                    + "published_label, grade, grade_th, grade_en, grade_basis, iit, eit, oit FROM score_total "
                    + "WHERE agency_id = ? ORDER BY fiscal_year", agency.get("agency_id")));
            ctx.json(out);
        });
        config.routes.get("/api/agencies/{id}/scores", ctx -> {
            Lang.of(ctx);
            String id = (String) lookup.agency(ctx).get("agency_id");
            int year = lookup.year(ctx, id);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("run_id", rows.runId());
            out.put("agency_id", id);
            out.put("fiscal_year", year);
            out.put("total", rows.one("SELECT * EXCLUDE (agency_id, fiscal_year) FROM score_total "
                    + "WHERE agency_id = ? AND fiscal_year = ?", id, year));
            out.put("tools", rows.list("SELECT t.tool, t.score, t.origin, t.computed_score, t.published_score, c.weight "
                    + "FROM score_tool t JOIN catalog_tool c USING (fiscal_year, tool) "
                    + "WHERE agency_id = ? AND fiscal_year = ? ORDER BY tool", id, year));
            out.put("indicators", rows.list("SELECT i.indicator, i.tool, c.name_th, c.name_en, i.score, i.origin, "
                    + "i.items_scored, i.items_expected FROM score_indicator i JOIN catalog_indicator c "
                    + "USING (fiscal_year, indicator) WHERE agency_id = ? AND fiscal_year = ? ORDER BY indicator", id, year));
            out.put("questions", rows.list("SELECT q.question, q.tool, q.indicator, c.text_th, c.text_en, c.text_confirmed, q.score, "
                    + "q.source_file, q.source_line FROM score_question q JOIN catalog_question c "
                    + "ON c.fiscal_year = q.fiscal_year AND c.code = q.question WHERE q.agency_id = ? AND q.fiscal_year = ? "
                    + "ORDER BY q.tool, q.indicator, length(q.question), q.question", id, year));
            out.put("notes", rows.list("SELECT kind, level, key, published, computed, message_th, message_en FROM run_note "
                    + "WHERE agency_id = ? AND fiscal_year = ?", id, year));
            ctx.json(out);
        });
        config.routes.get("/api/agencies/{id}/trends", ctx -> {
            Lang.of(ctx);
            String id = (String) lookup.agency(ctx).get("agency_id");
            String level = Params.oneOf(ctx, "level", Set.of("total", "tool", "indicator", "question"), "total");
            ctx.json(rows.list("SELECT level, key, first_year, last_year, years, first_score, last_score, delta_yoy, "
                    + "slope, direction, method_changed FROM trend WHERE agency_id = ? AND level = ? "
                    + "ORDER BY key, first_year", id, level));
        });
        config.routes.get("/api/agencies/{id}/peers", ctx -> {
            Lang.of(ctx);
            String id = (String) lookup.agency(ctx).get("agency_id");
            int year = lookup.year(ctx, id);
            ctx.json(rows.list("""
                    SELECT r.peer_group, r.group_key, r.level, r.key, r.score, r.rank, r.n, r.percentile,
                           s.mean, s.p10, s.p25, s.p50, s.p75, s.p90
                    FROM peer_rank r JOIN peer_stats s USING (fiscal_year, peer_group, group_key, level, key)
                    WHERE r.agency_id = ? AND r.fiscal_year = ?
                    ORDER BY r.level DESC, r.key, CASE r.peer_group WHEN 'type' THEN 1 WHEN 'province' THEN 2
                             WHEN 'region' THEN 3 ELSE 4 END""", id, year));
        });
    }
}
