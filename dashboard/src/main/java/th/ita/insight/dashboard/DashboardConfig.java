package th.ita.insight.dashboard;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the server runs, fixed at start.
 *
 * @param db          the published DuckDB file (opened read-only)
 * @param reloadCheck how often at most the file is checked for a new publish
 */
public record DashboardConfig(Path db, String host, Duration reloadCheck) {

    public static DashboardConfig of(Path db) {
        return new DashboardConfig(db, "127.0.0.1", Duration.ofSeconds(1));
    }
}
