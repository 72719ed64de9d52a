package th.ita.insight.dashboard.planner;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A dated progress note on a plan item: what was done by then (the o43's สรุปผลการดำเนินการ). */
public record PlanNote(long id, long planId, LocalDate notedOn, String text, String author) {
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("note_id", id);
        m.put("plan_id", planId);
        m.put("noted_on", notedOn.toString());
        m.put("text", text);
        m.put("author", author);
        return m;
    }
}
