package th.ita.insight.dashboard.planner;

import th.ita.insight.store.DuckDbStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The dashboard's own writable DuckDB file (accounts and plans), kept apart from the analytics file so a
 * republish never touches a plan. One connection per process (DuckDB lets one process write a file);
 * each call borrows a duplicate; writes run one at a time, each in its own transaction.
 */
public final class PlanStore implements AutoCloseable {
    /** One unit of work on a connection that is committed if it returns and rolled back if it throws. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final Path file;
    private final Connection connection;
    private final Object writeLock = new Object();
    private volatile boolean open = true;

    private PlanStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating when absent) and migrates the plans file; says what to do when another process holds it. */
    public static PlanStore open(Path file) throws SQLException {
        Path abs = file.toAbsolutePath();
        try {
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
        } catch (java.io.IOException e) {
            throw new SQLException("cannot create the folder of the plans file " + abs + ": " + e.getMessage(), e);
        }
        Connection c;
        try {
            c = DuckDbStore.openWritable(abs);
        } catch (SQLException e) {
            throw new SQLException("cannot open the plans file " + abs + " for writing (is a dashboard serving it? "
                    + "stop it, or add accounts on its /admin/users page): " + e.getMessage(), e);
        }
        try {
            migrate(c, abs);
            return new PlanStore(abs, c);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** A read on a connection of its own. */
    public <T> T read(Work<T> work) throws SQLException {
        checkOpen();
        try (Connection c = ((org.duckdb.DuckDBConnection) connection).duplicate()) {
            return work.run(c);
        }
    }

    /** A change, all or nothing; changes never interleave, so a version check inside one is reliable. */
    public <T> T write(Work<T> work) throws SQLException {
        checkOpen();
        synchronized (writeLock) {
            try (Connection c = ((org.duckdb.DuckDBConnection) connection).duplicate()) {
                c.setAutoCommit(false);
                try {
                    T result = work.run(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            }
        }
    }

    /**
     * Copies the whole file into a new DuckDB file at {@code target} (which must not exist). COPY FROM DATABASE is
     * one statement, so one snapshot, and it carries the sequences' positions; writes wait meanwhile so a backup
     * never races a change. The path is ours (never a request value) and is quoted as a SQL string.
     */
    public void copyTo(Path target) throws SQLException {
        checkOpen();
        synchronized (writeLock) {
            try (Connection c = ((org.duckdb.DuckDBConnection) connection).duplicate(); Statement st = c.createStatement()) {
                String source;
                try (ResultSet rs = st.executeQuery("SELECT current_database()")) {
                    rs.next();
                    source = rs.getString(1);
                }
                st.execute("ATTACH '" + target.toAbsolutePath().toString().replace("'", "''") + "' AS ita_backup");
                try {
                    st.execute("COPY FROM DATABASE \"" + source.replace("\"", "\"\"") + "\" TO ita_backup");
                } finally {
                    st.execute("DETACH ita_backup");
                }
            }
        }
    }

    /**
     * Whether opening failed because another process (a running dashboard) holds the file: DuckDB lets one
     * process write a file and says so only in its message. Answers the holder's PID when it names one, else "?".
     */
    public static java.util.Optional<String> heldBy(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Could not set lock") || m.contains("Conflicting lock"))) {
                java.util.regex.Matcher pid = java.util.regex.Pattern.compile("PID (\\d+)").matcher(m);
                return java.util.Optional.of(pid.find() ? pid.group(1) : "?");
            }
        }
        return java.util.Optional.empty();
    }

    static int version(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'plans_schema'")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                return 0;
            }
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT max(version) FROM plans_schema")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void migrate(Connection c, Path file) throws SQLException {
        int version = version(c);
        if (version > PlanSchema.VERSION) {
            throw new SQLException(file + " has plans schema version " + version + ", newer than this dashboard's "
                    + PlanSchema.VERSION + ": run the newer dashboard (never downgrade a plans file)");
        }
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (int v = version; v < PlanSchema.VERSION; v++) {
                st.execute(PlanSchema.MIGRATIONS.get(v));
                try (var ps = c.prepareStatement("INSERT INTO plans_schema VALUES (?, current_timestamp, ?)")) {
                    ps.setInt(1, v + 1);
                    ps.setString(2, PlanSchema.DESCRIPTIONS.get(v));
                    ps.executeUpdate();
                }
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private void checkOpen() {
        if (!open) {
            throw new IllegalStateException("the plans file " + file + " is closed");
        }
    }

    @Override
    public void close() {
        open = false;
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing at shutdown: DuckDB has written every committed change already
        }
    }
}
