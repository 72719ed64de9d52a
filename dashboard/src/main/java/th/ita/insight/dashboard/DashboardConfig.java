package th.ita.insight.dashboard;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the server runs, fixed at start.
 *
 * @param db          the published DuckDB file (opened read-only)
 * @param reloadCheck how often at most the file is checked for a new publish
 * @param cacheBytes  memory for remembered answers of the current publish (0 turns the cache off)
 */
public record DashboardConfig(Path db, String host, Duration reloadCheck, long cacheBytes) {
    /** 64 MB: every page of a few thousand agencies; the JVM's heap is sized for it in the launcher. */
    public static final long DEFAULT_CACHE_BYTES = 64L << 20;

    public DashboardConfig(Path db, String host, Duration reloadCheck) {
        this(db, host, reloadCheck, DEFAULT_CACHE_BYTES);
    }

    public static DashboardConfig of(Path db) {
        return new DashboardConfig(db, "127.0.0.1", Duration.ofSeconds(1));
    }
}
