package th.ita.insight.dashboard.auth;

import java.util.Locale;
import java.util.Set;

/**
 * The authorisation rules, pure (docs/planner.md has the matrix): an admin manages accounts and reads
 * every plan; an overseer reads the plans and plan coverage of the agencies in its provinces and
 * types; an officer reads and edits its own agency's plans and nothing else. Nobody else sees plans.
 */
public final class Access {
    private Access() {
    }

    public static boolean canManageUsers(User u) {
        return u != null && u.role() == Role.ADMIN;
    }

    public static boolean canReadPlans(User u, AgencyRef a) {
        if (u == null) {
            return false;
        }
        return switch (u.role()) {
            case ADMIN -> true;
            case OVERSEER -> oversees(u, a);
            case OFFICER -> a.agencyId().equals(u.agencyId());
        };
    }

    /** Plans are the agency's own document: only its officers write them (admins and overseers read). */
    public static boolean canEditPlans(User u, AgencyRef a) {
        return u != null && u.role() == Role.OFFICER && a.agencyId().equals(u.agencyId());
    }

    public static boolean canSeeCoverage(User u) {
        return u != null && (u.role() == Role.ADMIN || u.role() == Role.OVERSEER);
    }

    /**
     * An agency is in an overseer's scope when it matches both lists; an empty list does not limit, but
     * an overseer with both lists empty oversees nothing (a national overseer is given {@code *}).
     */
    static boolean oversees(User u, AgencyRef a) {
        if (u.provinces().isEmpty() && u.agencyTypes().isEmpty()) {
            return false;
        }
        return matches(u.provinces(), a.provinceTh(), a.provinceEn()) && matches(u.agencyTypes(), a.typeCode(), a.typeLabel());
    }

    private static boolean matches(Set<String> allowed, String... values) {
        if (allowed.isEmpty() || allowed.contains("*")) {
            return true;
        }
        for (String v : values) {
            if (v == null) {
                continue;
            }
            for (String a : allowed) {
                if (a.strip().toLowerCase(Locale.ROOT).equals(v.strip().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }
}
