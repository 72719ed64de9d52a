package th.ita.insight.analytics.publish;

import th.ita.insight.store.Schema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Keeps the self-assessments when the batch publishes: they come from {@code ./ita survey}, not from
 * the canonical store, so the new file takes them over from the file it replaces (aggregates only,
 * as they were published). A previous file without them (schema version 3) gives nothing.
 */
final class SelfAssessmentCarryOver {
    private SelfAssessmentCarryOver() {
    }

    static void copy(Connection target, Path previous) throws SQLException {
        if (!Files.isRegularFile(previous)) {
            return;
        }
        try (Statement st = target.createStatement()) {
            st.execute("ATTACH '" + previous.toAbsolutePath().toString().replace("'", "''") + "' AS previous (READ_ONLY)");
            try {
                if (!sameVersion(st)) {
                    return;
                }
                for (String table : Schema.SELF_ASSESSMENT_TABLES) {
                    if (exists(st, table)) {
                        st.execute("INSERT INTO " + table + " SELECT * FROM previous." + table);
                    }
                }
            } finally {
                st.execute("DETACH previous");
            }
        }
    }

    /**
     * Columns are copied as they are, so only from a file whose self-assessment tables have these columns:
     * versions 4 and 5 (5 changed the official analysis tables, not the self-assessment ones).
     */
    private static boolean sameVersion(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT max(version) FROM previous.schema_version")) {
            return rs.next() && rs.getInt(1) >= 4 && rs.getInt(1) <= Schema.VERSION;
        }
    }

    private static boolean exists(Statement st, String table) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_catalog = "
                + "'previous' AND table_name = '" + table + "'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }
}
