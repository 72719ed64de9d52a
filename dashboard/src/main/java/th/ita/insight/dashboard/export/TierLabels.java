package th.ita.insight.dashboard.export;

import th.ita.insight.weakitems.Severity;

import java.util.Locale;

/**
 * The priority tier of {@code weak_item.severity} in words, as SQL columns {@code severity_th} and
 * {@code severity_en}, so a Thai spreadsheet says "แก้ไขโดยเร่งด่วน" rather than "urgent". The words are the
 * tiers' own (Severity); NULL stays NULL (an item that is not weak).
 */
public final class TierLabels {
    private TierLabels() {
    }

    /** @param column the qualified severity column, e.g. {@code w.severity} */
    public static String columns(String column) {
        return words(column, true) + " AS severity_th, " + words(column, false) + " AS severity_en";
    }

    private static String words(String column, boolean thai) {
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        for (Severity t : Severity.values()) {
            sql.append(" WHEN '").append(t.name().toLowerCase(Locale.ROOT)).append("' THEN '").append(thai ? t.th() : t.en()).append("'");
        }
        // Files of schema version 4 said "watch" for what is now "maintain".
        return sql.append(" WHEN 'watch' THEN '").append(thai ? Severity.MAINTAIN.th() : Severity.MAINTAIN.en()).append("' END").toString();
    }
}
