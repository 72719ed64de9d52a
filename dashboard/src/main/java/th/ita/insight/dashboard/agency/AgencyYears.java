package th.ita.insight.dashboard.agency;

import io.javalin.http.Context;
import th.ita.insight.dashboard.web.NotFound;
import th.ita.insight.dashboard.web.Params;
import th.ita.insight.dashboard.web.Rows;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Resolves the agency and fiscal year a request names, or answers 404 saying which is unknown. */
public final class AgencyYears {
    private final Rows rows;

    public AgencyYears(Rows rows) {
        this.rows = rows;
    }

    public Map<String, Object> agency(Context ctx) throws SQLException {
        String id = ctx.pathParam("id");
        Map<String, Object> agency = rows.one("SELECT * FROM agency WHERE agency_id = ?", id);
        if (agency == null) {
            throw new NotFound("ไม่พบหน่วยงานรหัส '" + shorten(id) + "'", "no agency with id '" + shorten(id) + "'");
        }
        return agency;
    }

    /** The years with any figure for the agency, oldest first. */
    public List<Integer> years(String agencyId) throws SQLException {
        return rows.list("SELECT DISTINCT fiscal_year FROM (SELECT agency_id, fiscal_year FROM score_total UNION ALL "
                        + "SELECT agency_id, fiscal_year FROM score_indicator UNION ALL "
                        + "SELECT agency_id, fiscal_year FROM score_tool) WHERE agency_id = ? ORDER BY 1", agencyId)
                .stream().map(r -> ((Number) r.get("fiscal_year")).intValue()).toList();
    }

    /** ?year=, or the agency's latest year; a year without data is 404. */
    public int year(Context ctx, String agencyId) throws SQLException {
        List<Integer> years = years(agencyId);
        Integer asked = Params.year(ctx);
        if (asked == null) {
            if (years.isEmpty()) {
                throw new NotFound("หน่วยงานนี้ยังไม่มีคะแนน", "this agency has no scores yet");
            }
            return years.get(years.size() - 1);
        }
        if (!years.contains(asked)) {
            throw new NotFound("ไม่มีคะแนนของหน่วยงานนี้ในปีงบประมาณ " + asked + " (มีปี " + years + ")",
                    "no scores of this agency for FY" + asked + " (it has " + years + ")");
        }
        return asked;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
