package th.ita.insight.dashboard.trends;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import th.ita.insight.dashboard.web.BadRequest;
import th.ita.insight.dashboard.web.Lang;
import th.ita.insight.dashboard.web.Layout;
import th.ita.insight.dashboard.web.NotFound;
import th.ita.insight.dashboard.web.Params;
import th.ita.insight.dashboard.web.Rows;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import th.ita.insight.dashboard.export.TableCsv;

/** National (or any peer group's) median trends: the page {@code /trends} and {@code /api/trends}. */
public final class TrendRoutes {
    private static final Set<String> GROUPS = Set.of("national", "type", "province", "region");
    private static final Set<String> LEVELS = Set.of("total", "tool", "indicator", "question");
    private static final Set<String> TOOLS = Set.of("IIT", "EIT", "OIT");

    private TrendRoutes() {
    }

    public static void register(JavalinConfig config, Rows rows) {
        config.routes.get("/trends", ctx -> {
            var lang = Lang.of(ctx);
            TrendsPage.Choice c = choice(ctx, rows);
            List<Map<String, Object>> groups = rows.list("SELECT DISTINCT peer_group, group_key FROM peer_stats "
                    + "ORDER BY CASE peer_group WHEN 'national' THEN 1 WHEN 'region' THEN 2 WHEN 'type' THEN 3 ELSE 4 END, group_key");
            ctx.html(TrendsPage.render(c, groups, MedianSeries.load(rows, c.group(), c.key(), c.level(), c.tool()), lang,
                    Layout.toggleHref(ctx, lang)));
        });
        config.routes.get("/trends.csv", ctx -> {
            var lang = Lang.of(ctx);
            TrendsPage.Choice c = choice(ctx, rows);
            MedianSeries s = MedianSeries.load(rows, c.group(), c.key(), c.level(), c.tool());
            Map<Object, Map<String, Object>> names = new java.util.HashMap<>();
            s.keys().forEach(k -> names.put(k.get("row"), k));
            List<Map<String, Object>> out = s.points().stream().map(p -> {
                Map<String, Object> r = new java.util.LinkedHashMap<>(p);
                Map<String, Object> k = names.getOrDefault(p.get("row"), Map.of());
                r.put("name_th", TrendsPage.name(k, th.ita.insight.text.Language.TH, Integer.MAX_VALUE));
                r.put("name_en", TrendsPage.name(k, th.ita.insight.text.Language.EN, Integer.MAX_VALUE));
                return r;
            }).toList();
            TableCsv.send(ctx, lang, "ita-medians-" + c.group() + "-" + c.level(), List.of(
                    TableCsv.Column.of("ปีงบประมาณ", "fiscal year (BE)", "fiscal_year"), TableCsv.Column.of("รายการ", "key", "key"),
                    new TableCsv.Column("ชื่อ", "name", "name_th", "name_en"), TableCsv.Column.of("จำนวนหน่วยงาน", "agencies", "n"),
                    TableCsv.Column.of("ค่าเฉลี่ย", "mean", "mean"), TableCsv.Column.of("P25", "p25", "p25"),
                    TableCsv.Column.of("มัธยฐาน", "median", "p50"), TableCsv.Column.of("P75", "p75", "p75"),
                    TableCsv.Column.of("แถว (ข้อเดียวกันทุกปี)", "row (one item over the years)", "row")), out);
        });
        config.routes.get("/api/trends", ctx -> {
            Lang.of(ctx);
            TrendsPage.Choice c = choice(ctx, rows);
            MedianSeries s = MedianSeries.load(rows, c.group(), c.key(), c.level(), c.tool());
            ctx.json(Map.of("group", c.group(), "key", c.key(), "level", c.level(), "tool", c.tool(), "keys", s.keys(),
                    "medians", s.points(), "method_breaks", s.breaks()));
        });
    }

    /** ?peer=type/sao (as the page's form sends it) or ?group=type&key=sao; the nation when absent. */
    private static TrendsPage.Choice choice(Context ctx, Rows rows) throws SQLException {
        String peer = Params.text(ctx, "peer");
        String group;
        String key;
        if (!peer.isEmpty()) {
            int slash = peer.indexOf('/');
            if (slash < 0) {
                throw new BadRequest("peer ต้องเป็น กลุ่ม/ค่า เช่น type/sao", "peer must be group/key, e.g. type/sao");
            }
            group = peer.substring(0, slash);
            key = peer.substring(slash + 1);
        } else {
            group = Params.text(ctx, "group").isEmpty() ? "national" : Params.text(ctx, "group");
            key = Params.text(ctx, "key").isEmpty() ? "all" : Params.text(ctx, "key");
        }
        if (!GROUPS.contains(group)) {
            throw new BadRequest("กลุ่มต้องเป็น national, type, province หรือ region ไม่ใช่ '" + Lang.abbreviate(group) + "'",
                    "group must be national, type, province or region, not '" + Lang.abbreviate(group) + "'");
        }
        if (rows.one("SELECT 1 FROM peer_stats WHERE peer_group = ? AND group_key = ? LIMIT 1", group, key) == null) {
            throw new NotFound("ไม่มีกลุ่ม " + group + "/" + Lang.abbreviate(key), "no peer group " + group + "/" + Lang.abbreviate(key));
        }
        return new TrendsPage.Choice(group, key, Params.oneOf(ctx, "level", LEVELS, "indicator"),
                Params.oneOf(ctx, "tool", TOOLS, ""));
    }
}
