package th.ita.insight.dashboard.planner;

import java.util.Locale;
import java.util.Optional;

/** Where a planned measure stands; the plan board has one column per status, in this order. */
public enum PlanStatus {
    PLANNED("วางแผนแล้ว", "Planned"),
    IN_PROGRESS("กำลังดำเนินการ", "In progress"),
    DONE("ดำเนินการแล้วเสร็จ", "Done"),
    DROPPED("ยกเลิก", "Dropped");

    public final String th;
    public final String en;

    PlanStatus(String th, String en) {
        this.th = th;
        this.en = en;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PlanStatus> parse(String text) {
        for (PlanStatus s : values()) {
            if (s.code().equals(text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('-', '_'))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
