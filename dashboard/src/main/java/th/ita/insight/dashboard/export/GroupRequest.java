package th.ita.insight.dashboard.export;

import io.javalin.http.Context;
import th.ita.insight.dashboard.web.BadRequest;
import th.ita.insight.dashboard.web.Lang;
import th.ita.insight.dashboard.web.NotFound;
import th.ita.insight.dashboard.web.Params;
import th.ita.insight.dashboard.web.Rows;

import java.sql.SQLException;
import java.util.Set;

/**
 * The peer group and year an export names, resolved as the group page resolves them (the group's
 * latest year when none is given), or 400/404 before a single byte of the file is written.
 */
record GroupRequest(String group, String key, int year) {
    private static final Set<String> GROUPS = Set.of("national", "type", "province", "region");

    static GroupRequest of(Context ctx, Rows rows) throws SQLException {
        String group = ctx.pathParam("group");
        if (!GROUPS.contains(group)) {
            throw new BadRequest("กลุ่มต้องเป็นหนึ่งใน " + GROUPS, "group must be one of " + GROUPS);
        }
        String key = ctx.pathParam("key");
        Integer asked = Params.year(ctx);
        Number latest = (Number) rows.one("SELECT max(fiscal_year) AS y FROM peer_stats WHERE peer_group = ? AND group_key = ? "
                + "AND level = 'total'", group, key).get("y");
        if (latest == null) {
            throw new NotFound("ไม่พบกลุ่ม " + group + " '" + Lang.abbreviate(key) + "'",
                    "no " + group + " group '" + Lang.abbreviate(key) + "'");
        }
        if (asked != null && rows.one("SELECT 1 FROM peer_stats WHERE peer_group = ? AND group_key = ? AND level = 'total' "
                + "AND fiscal_year = ?", group, key, asked) == null) {
            throw new NotFound("ไม่มีคะแนนรวมของกลุ่มนี้ในปีงบประมาณ " + asked, "no totals of this group for FY" + asked);
        }
        return new GroupRequest(group, key, asked != null ? asked : latest.intValue());
    }

    /** A file name safe in any header: Thai province names become their code points' hex. */
    String fileStem() {
        StringBuilder sb = new StringBuilder("ita-").append(group).append('-');
        key.codePoints().forEach(c -> sb.append(c < 128 && Character.isLetterOrDigit(c) || c == '-' ? Character.toString(c)
                : Integer.toHexString(c)));
        return sb.append('-').append(year).toString();
    }
}
