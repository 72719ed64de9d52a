package th.ita.insight.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** The one place that opens DuckDB connections, so read-only and writable use stay deliberate. */
public final class DuckDbStore {
    static {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private DuckDbStore() {
    }

    /** Readers (the dashboard) may share a published file with other read-only processes. */
    public static Connection openReadOnly(Path file) throws SQLException {
        Properties props = new Properties();
        props.setProperty("duckdb.read_only", "true");
        // Each open must see the file now at this path: a publish renames a new file over the old one.
        props.setProperty("jdbc_instance_cache", "false");
        return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), props);
    }

    /** A database in memory, e.g. to ATTACH published files read-only and query across them. */
    public static Connection openInMemory() throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:");
    }

    /** Only the publisher writes, and only to a file no reader has opened yet. */
    public static Connection openWritable(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
    }
}
