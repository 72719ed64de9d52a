package th.ita.insight.analytics.publish;

import th.ita.insight.store.DuckDbStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;

/** The run_info row of a publish: which run, when, on what, with how many rows. */
public record RunInfo(String runId, Instant startedAt, String inputs, long rowsIn, long rowsLoaded,
                      long rowsRejected, long rowsStored, String catalogVersion, String appVersion) {

    /** The run id of the file published at {@code db}; empty when there is none (or it cannot be read). */
    public static Optional<String> publishedRunId(Path db) {
        if (!Files.isRegularFile(db)) {
            return Optional.empty();
        }
        try (Connection c = DuckDbStore.openReadOnly(db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT run_id FROM run_info")) {
            return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty(); // not ours to judge here: the publish replaces it either way
        }
    }
}
