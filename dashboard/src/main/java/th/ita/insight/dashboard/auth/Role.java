package th.ita.insight.dashboard.auth;

import java.util.Locale;
import java.util.Optional;

/** What an account may do: manage accounts, oversee a set of agencies, or plan for one agency (docs/planner.md). */
public enum Role {
    ADMIN("ผู้ดูแลระบบ", "administrator"),
    OVERSEER("ผู้กำกับดูแล", "overseer"),
    OFFICER("เจ้าหน้าที่หน่วยงาน", "agency officer");

    public final String th;
    public final String en;

    Role(String th, String en) {
        this.th = th;
        this.en = en;
    }

    /** The lower-case word used on the command line, in forms and in the plans file. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String text) {
        for (Role r : values()) {
            if (r.code().equals(text == null ? "" : text.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
