package th.ita.insight.dashboard.selfassessment;

import io.javalin.http.Context;
import th.ita.insight.dashboard.web.NotFound;
import th.ita.insight.dashboard.web.Params;
import th.ita.insight.dashboard.web.Rows;

import java.sql.SQLException;
import java.util.List;

/** The fiscal years an agency has a self-assessment for; a version-3 database has none. */
public final class SelfAssessmentYears {
    private SelfAssessmentYears() {
    }

    public static List<Integer> of(Rows rows, String agencyId) throws SQLException {
        if (rows.one("SELECT 1 AS x FROM information_schema.tables WHERE table_name = 'self_assessment_tool'") == null) {
            return List.of();
        }
        return rows.list("SELECT DISTINCT fiscal_year FROM self_assessment_tool WHERE agency_id = ? ORDER BY 1", agencyId)
                .stream().map(r -> ((Number) r.get("fiscal_year")).intValue()).toList();
    }

    /** ?year= if the agency has a self-assessment of it, else 404; without ?year= its latest. */
    public static int year(Rows rows, Context ctx, String agencyId) throws SQLException {
        List<Integer> years = of(rows, agencyId);
        Integer asked = Params.year(ctx);
        if (years.isEmpty() || (asked != null && !years.contains(asked))) {
            throw new NotFound("ไม่มีผลประเมินตนเองของหน่วยงานนี้" + (asked == null ? "" : "ในปีงบประมาณ " + asked),
                    "no self-assessment of this agency" + (asked == null ? "" : " for FY" + asked));
        }
        return asked != null ? asked : years.get(years.size() - 1);
    }
}
