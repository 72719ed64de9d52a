package th.ita.insight.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Publishes a database so that readers only ever see a complete one: build it in a new file beside the
 * target, verify it, checkpoint it into a single file, then rename it over the target in one atomic
 * step. A failure at any point leaves the previous file untouched (and removes the half-built one).
 */
public final class AtomicPublisher {

    /** Fills a freshly created database whose contract tables already exist. */
    @FunctionalInterface
    public interface Filler {
        void fill(Connection connection) throws SQLException, IOException;
    }

    private AtomicPublisher() {
    }

    public static void publish(Path target, String runId, Filler filler) throws SQLException, IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        stage(target, runId, staging -> {
        }, Schema::create, filler);
    }

    /**
     * Changes a published database without a reader ever seeing it half-changed: copies the file now
     * at {@code target} (a published file is never written in place, so the copy is consistent),
     * brings its schema to this version, lets the filler change the copy, verifies and renames it over
     * the target. On any failure the published file is untouched.
     */
    public static void republish(Path target, String runId, Filler filler) throws SQLException, IOException {
        stage(target, runId, staging -> Files.copy(target, staging), Schema::upgrade, filler);
    }

    /** What a staging file starts from: nothing, or a copy of the published file. */
    private interface Seed {
        void plant(Path staging) throws IOException;
    }

    /** Builds the new file beside the target, verifies and checkpoints it, renames it over; never half-written. */
    private static void stage(Path target, String runId, Seed seed, Filler schema, Filler filler)
            throws SQLException, IOException {
        Path staging = target.toAbsolutePath().getParent().resolve("." + target.getFileName() + ".publish-" + runId);
        deleteWithWal(staging);
        try {
            seed.plant(staging);
            try (Connection connection = DuckDbStore.openWritable(staging)) {
                schema.fill(connection);
                filler.fill(connection);
                verify(connection);
                try (Statement st = connection.createStatement()) {
                    st.execute("CHECKPOINT");
                }
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (SQLException | IOException | RuntimeException e) {
            deleteWithWal(staging);
            throw e;
        }
    }

    /**
     * A published database has its version, a run_info row, one total per agency it lists and each
     * question score once per agency and year.
     */
    private static void verify(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            requireOne(st, "SELECT count(*) FROM schema_version", "schema_version must have one row");
            requireOne(st, "SELECT count(*) FROM run_info", "run_info must have one row");
            try (ResultSet rs = st.executeQuery(
                    "SELECT count(*) FROM score_total t LEFT JOIN agency a USING (agency_id) WHERE a.agency_id IS NULL")) {
                rs.next();
                if (rs.getLong(1) != 0) {
                    throw new SQLException("publish check failed: " + rs.getLong(1) + " totals name no agency");
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM (SELECT 1 FROM score_question "
                    + "GROUP BY agency_id, fiscal_year, question HAVING count(*) > 1)")) {
                rs.next();
                if (rs.getLong(1) != 0) {
                    throw new SQLException("publish check failed: " + rs.getLong(1)
                            + " question scores are there more than once for one agency and year");
                }
            }
        }
    }

    private static void requireOne(Statement st, String sql, String message) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            if (rs.getLong(1) != 1) {
                throw new SQLException("publish check failed: " + message);
            }
        }
    }

    private static void deleteWithWal(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
    }
}
