package th.ita.insight.dashboard;

import th.ita.insight.dashboard.auth.ReadAccess;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the server runs, fixed at start.
 *
 * @param db          the published DuckDB file (opened read-only)
 * @param reloadCheck how often at most the file is checked for a new publish
 * @param cacheBytes  memory for remembered answers of the current publish (0 turns the cache off)
 * @param plans       the dashboard's own writable DuckDB file: accounts, plans, audit log (docs/planner.md)
 * @param readAccess  whether the read-only analytics pages need an account
 * @param trustedProxies addresses whose {@code X-Forwarded-Proto: https} makes cookies {@code Secure} (docs/planner.md)
 */
public record DashboardConfig(Path db, String host, Duration reloadCheck, long cacheBytes, Path plans, ReadAccess readAccess,
                              java.util.Set<String> trustedProxies) {
    /**
     * 32 MB: the pages in use (an agency's overview and analyses are ~100–200 kB) rather than every page of
     * the nation; the launcher's heap (96 MB) is sized for it. Text, because {@code --cache-mb} takes it as
     * its default.
     */
    public static final String DEFAULT_CACHE_MB = "32";
    public static final long DEFAULT_CACHE_BYTES = Long.parseLong(DEFAULT_CACHE_MB) << 20;

    public DashboardConfig {
        trustedProxies = java.util.Set.copyOf(trustedProxies);
    }

    public DashboardConfig(Path db, String host, Duration reloadCheck, long cacheBytes, Path plans, ReadAccess readAccess) {
        this(db, host, reloadCheck, cacheBytes, plans, readAccess, java.util.Set.of());
    }

    public DashboardConfig(Path db, String host, Duration reloadCheck, long cacheBytes) {
        this(db, host, reloadCheck, cacheBytes, defaultPlans(db), ReadAccess.OPEN);
    }

    public DashboardConfig(Path db, String host, Duration reloadCheck) {
        this(db, host, reloadCheck, DEFAULT_CACHE_BYTES);
    }

    public static DashboardConfig of(Path db) {
        return new DashboardConfig(db, "127.0.0.1", Duration.ofSeconds(1));
    }

    /** plans.duckdb beside the analytics file: a republish replaces the analytics file, never its neighbour. */
    public static Path defaultPlans(Path db) {
        Path abs = db.toAbsolutePath();
        return abs.resolveSibling("plans.duckdb");
    }
}
