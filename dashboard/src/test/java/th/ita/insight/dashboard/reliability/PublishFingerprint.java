package th.ita.insight.dashboard.reliability;

import th.ita.insight.store.DuckDbStore;
import th.ita.insight.store.Schema;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a published file holds, in a few lines: its run id, and for every contract table but run_info
 * its row count and an order-free hash of its rows. Two publishes of the same content have equal
 * contents whatever their run ids; a half-written or mixed file differs (or does not open).
 */
record PublishFingerprint(String runId, Map<String, String> contents) {

    static PublishFingerprint of(Path db) throws SQLException {
        Map<String, String> contents = new LinkedHashMap<>();
        String runId;
        try (Connection c = DuckDbStore.openReadOnly(db); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT run_id FROM run_info")) {
                runId = rs.next() ? rs.getString(1) : null;
            }
            for (String table : Schema.TABLES) {
                if (table.equals("run_info")) {
                    continue;
                }
                try (ResultSet rs = st.executeQuery("SELECT count(*) || ' rows, hash ' || coalesce(sum(hash(t)), 0) FROM " + table + " t")) {
                    rs.next();
                    contents.put(table, rs.getString(1));
                }
            }
        }
        return new PublishFingerprint(runId, contents);
    }
}
