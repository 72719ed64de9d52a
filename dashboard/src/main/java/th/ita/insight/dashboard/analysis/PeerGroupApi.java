package th.ita.insight.dashboard.analysis;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import th.ita.insight.dashboard.web.BadRequest;
import th.ita.insight.dashboard.web.Lang;
import th.ita.insight.dashboard.web.NotFound;
import th.ita.insight.dashboard.web.Params;
import th.ita.insight.dashboard.web.Rows;

import java.sql.SQLException;
import java.util.Set;

/** For overseers: a peer group's page, and JSON of its distributions, common weak questions, who is weak on one. */
public final class PeerGroupApi {
    private static final Set<String> GROUPS = Set.of("national", "type", "province", "region");
    private static final Set<String> LEVELS = Set.of("total", "tool", "indicator", "question");

    private PeerGroupApi() {
    }

    public static void register(JavalinConfig config, Rows rows) {
        config.routes.get("/group/{group}/{key}", ctx -> {
            var lang = Lang.of(ctx);
            String group = group(ctx);
            String key = groupKey(ctx, rows);
            java.util.List<Integer> years = rows.list("SELECT DISTINCT fiscal_year FROM peer_stats WHERE peer_group = ? "
                    + "AND group_key = ? AND level = 'total' ORDER BY 1", group, key).stream()
                    .map(r -> ((Number) r.get("fiscal_year")).intValue()).toList();
            Integer asked = Params.year(ctx);
            if (asked != null && !years.contains(asked)) {
                throw new NotFound("ไม่มีคะแนนรวมของกลุ่มนี้ในปีงบประมาณ " + asked, "no totals of this group for FY" + asked);
            }
            if (years.isEmpty()) {
                throw new NotFound("ไม่มีคะแนนรวมของกลุ่มนี้", "no totals for this group");
            }
            String marked = Params.text(ctx, "agency");
            int year = asked != null ? asked : years.get(years.size() - 1);
            ctx.html(GroupPage.render(GroupPageData.load(rows, group, key, year, years, marked.isEmpty() ? null : marked,
                    Params.itemCode(ctx, "question")), lang, th.ita.insight.dashboard.web.Layout.toggleHref(ctx, lang)));
        });
        config.routes.get("/api/peer-groups/{group}/{key}/stats", ctx -> {
            Lang.of(ctx);
            int year = year(ctx, rows);
            String level = Params.oneOf(ctx, "level", LEVELS, "total");
            ctx.json(rows.list("SELECT level, key, n, mean, p10, p25, p50, p75, p90 FROM peer_stats "
                    + "WHERE fiscal_year = ? AND peer_group = ? AND group_key = ? AND level = ? ORDER BY length(key), key",
                    year, group(ctx), groupKey(ctx, rows), level));
        });
        config.routes.get("/api/peer-groups/{group}/{key}/weak-questions", ctx -> {
            Lang.of(ctx);
            int year = year(ctx, rows);
            ctx.json(rows.list("SELECT s.key, c.text_th, c.text_en, c.text_confirmed, s.n_weak, s.n_agencies, s.share FROM weak_share s "
                    + "LEFT JOIN catalog_question c ON c.fiscal_year = s.fiscal_year AND c.code = s.key "
                    + "WHERE s.fiscal_year = ? AND s.peer_group = ? AND s.group_key = ? ORDER BY s.share DESC, s.key",
                    year, group(ctx), groupKey(ctx, rows)));
        });
        config.routes.get("/group/{group}/{key}/weak-on.csv", ctx -> {
            var lang = Lang.of(ctx);
            int year = year(ctx, rows);
            String question = Params.itemCode(ctx, "question");
            if (question == null) {
                throw new BadRequest("ต้องระบุ ?question= เช่น i7", "give ?question=, e.g. i7");
            }
            th.ita.insight.dashboard.export.TableCsv.send(ctx, lang, "ita-weak-on-" + question + "-" + year, java.util.List.of(
                    th.ita.insight.dashboard.export.TableCsv.Column.of("รหัสหน่วยงาน", "agency id", "agency_id"),
                    th.ita.insight.dashboard.export.TableCsv.Column.of("หน่วยงาน", "agency", "name_th"),
                    th.ita.insight.dashboard.export.TableCsv.Column.of("จังหวัด", "province", "province"),
                    th.ita.insight.dashboard.export.TableCsv.Column.of("คะแนน", "score", "score"),
                    th.ita.insight.dashboard.export.TableCsv.Column.of("มัธยฐานกลุ่มประเภท", "type median", "peer_median"),
                    new th.ita.insight.dashboard.export.TableCsv.Column("ลำดับความสำคัญ", "priority", "severity_th", "severity_en"),
                    new th.ita.insight.dashboard.export.TableCsv.Column("เหตุผล", "why", "reason_th", "reason_en")),
                    GroupPageData.weakOn(rows, year, group(ctx), groupKey(ctx, rows), question));
        });
        config.routes.get("/api/peer-groups/{group}/{key}/weak-on", ctx -> {
            Lang.of(ctx);
            int year = year(ctx, rows);
            String question = Params.text(ctx, "question").toLowerCase(java.util.Locale.ROOT);
            if (question.isEmpty()) {
                throw new BadRequest("ต้องระบุ ?question= เช่น i7", "give ?question=, e.g. i7");
            }
            ctx.json(GroupPageData.weakOn(rows, year, group(ctx), groupKey(ctx, rows), Params.itemCode("question", question)));
        });
    }

    private static String group(Context ctx) {
        String group = ctx.pathParam("group");
        if (!GROUPS.contains(group)) {
            throw new BadRequest("กลุ่มต้องเป็นหนึ่งใน " + GROUPS, "group must be one of " + GROUPS);
        }
        return group;
    }

    private static String groupKey(Context ctx, Rows rows) throws SQLException {
        String key = ctx.pathParam("key");
        if (rows.one("SELECT 1 FROM peer_stats WHERE peer_group = ? AND group_key = ? LIMIT 1", group(ctx), key) == null) {
            throw new NotFound("ไม่พบกลุ่ม " + group(ctx) + " '" + Lang.abbreviate(key) + "'",
                    "no " + group(ctx) + " group '" + Lang.abbreviate(key) + "'");
        }
        return key;
    }

    /** ?year=, or the latest year with data; a year without data is 404. */
    private static int year(Context ctx, Rows rows) throws SQLException {
        Integer asked = Params.year(ctx);
        Number latest = (Number) rows.one("SELECT max(fiscal_year) AS y FROM peer_stats").get("y");
        if (asked == null) {
            if (latest == null) {
                throw new NotFound("ยังไม่มีข้อมูล", "no data yet");
            }
            return latest.intValue();
        }
        if (rows.one("SELECT 1 FROM peer_stats WHERE fiscal_year = ? LIMIT 1", asked) == null) {
            throw new NotFound("ไม่มีข้อมูลปีงบประมาณ " + asked, "no data for FY" + asked);
        }
        return asked;
    }
}
