package th.ita.insight.dashboard.planner;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A measure in an agency's plan for the year after {@code baseYear} (the year whose results were
 * analysed). The theme is copied from the recommendation when the item is created, so the plan keeps
 * its grouping whatever a later publish of the analytics says.
 */
public record PlanItem(long id, String agencyId, int baseYear, String measureId, String themeTh, String themeEn,
                       PlanDraft draft, int version, String updatedBy, String updatedAt) {

    public int planYear() {
        return baseYear + 1;
    }

    /** The record as the audit log and the JSON API show it. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plan_id", id);
        m.put("agency_id", agencyId);
        m.put("base_year", baseYear);
        m.put("plan_year", planYear());
        m.put("measure_id", measureId);
        m.put("theme_th", themeTh);
        m.put("theme_en", themeEn);
        m.put("title", draft.title());
        m.put("questions", draft.questions());
        m.put("approach", draft.approach());
        m.put("responsible", draft.responsible());
        m.put("steps", draft.steps());
        m.put("start", draft.start() == null ? null : draft.start().toString());
        m.put("end", draft.end() == null ? null : draft.end().toString());
        m.put("target_score", draft.targetScore());
        m.put("status", draft.status().code());
        m.put("outcome", draft.outcome());
        m.put("evidence", draft.evidence());
        m.put("version", version);
        return m;
    }
}
