package th.ita.insight.dashboard;

import th.ita.insight.store.DuckDbStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The published DuckDB file as the server sees it: opened read-only, and reopened when the batch has
 * renamed a new publish over it, without a restart. Requests borrow a duplicate of the current
 * connection, so a swap never cuts a query short; the old connection is closed after a grace period.
 *
 * <p>A request {@link #pin() pins} one publish first: its ETag, cache key, {@code X-ITA-Run} header and
 * every query it runs then come from that one file, even when a new publish lands mid-request (without
 * the pin, a page that queries twice could mix two publishes, or carry one publish's id over another's data).
 */
public final class PublishedDatabase implements AutoCloseable {
    private static final Duration GRACE = Duration.ofSeconds(30);

    private final Path file;
    private final Duration checkEvery;
    private final ScheduledExecutorService closer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "duckdb-closer");
        t.setDaemon(true);
        return t;
    });
    /** The publish the request on this thread was pinned to (set and cleared around each request). */
    private final ThreadLocal<Opened> pinned = new ThreadLocal<>();
    private volatile Opened current;
    private volatile long nextCheck;

    private record Opened(Connection connection, Object fileKey, long modified, long size, String runId) {
        /** The file's identity, not its run id: a survey republishes under the same run id. */
        String version() {
            return Integer.toHexString(Objects.hash(fileKey, modified, size));
        }
    }

    /** The publish one request is served from, named by its ETag version and its run id. */
    public record Publish(String version, String runId) {
    }

    public PublishedDatabase(Path file, Duration checkEvery) {
        this.file = file.toAbsolutePath();
        this.checkEvery = checkEvery;
    }

    /**
     * Pins this thread's request to the publish now current, until {@link #unpin()}; empty (and nothing
     * pinned) when no database is published or readable yet: static files and the health check still
     * answer, and a query says why. A pin left over from an earlier request is replaced.
     */
    public java.util.Optional<Publish> pin() {
        pinned.remove();
        Opened opened;
        try {
            opened = refresh();
        } catch (NotPublishedException | SQLException e) {
            opened = null;
        }
        if (opened == null) {
            return java.util.Optional.empty();
        }
        pinned.set(opened);
        return java.util.Optional.of(new Publish(opened.version(), opened.runId()));
    }

    public void unpin() {
        pinned.remove();
    }

    /** A connection of its own for one request, to the pinned publish if any; the caller closes it. */
    public Connection borrow() throws SQLException {
        return ((org.duckdb.DuckDBConnection) served().connection()).duplicate();
    }

    /** The run id of the publish being served (the pinned one on a request's thread). */
    public String runId() throws SQLException {
        return served().runId();
    }

    public Path file() {
        return file;
    }

    /**
     * Names the publish being served (file identity, size, time), so answers can carry it as an ETag:
     * every answer is a pure function of the URL and the publish.
     */
    public String version() throws SQLException {
        return served().version();
    }

    private Opened served() throws SQLException {
        Opened opened = pinned.get();
        if (opened == null) {
            opened = refresh();
        }
        if (opened == null) {
            throw new NotPublishedException(file);
        }
        return opened;
    }

    private Opened refresh() throws SQLException {
        long now = System.nanoTime();
        Opened opened = current;
        if (opened != null && now < nextCheck) {
            return opened;
        }
        synchronized (this) {
            opened = current;
            if (opened != null && now < nextCheck) {
                return opened;
            }
            nextCheck = now + checkEvery.toNanos();
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (IOException e) {
                return opened; // keep serving what we have; a publish is a rename, never a delete
            }
            if (opened != null && Objects.equals(opened.fileKey(), attrs.fileKey())
                    && opened.modified() == attrs.lastModifiedTime().toMillis() && opened.size() == attrs.size()) {
                return opened;
            }
            Opened fresh;
            try {
                Connection connection = open(file);
                fresh = new Opened(connection, attrs.fileKey(), attrs.lastModifiedTime().toMillis(), attrs.size(),
                        runId(connection));
            } catch (NotPublishedException | SQLException e) {
                if (opened == null) {
                    throw e;
                }
                // A publish this server cannot read never takes down the one it is serving.
                org.slf4j.LoggerFactory.getLogger(PublishedDatabase.class).warn("{}; still serving the previous publish", e.getMessage());
                return opened;
            }
            current = fresh;
            if (opened != null) {
                Connection old = opened.connection();
                closer.schedule(() -> closeQuietly(old), GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
            return fresh;
        }
    }

    /**
     * Opens a publish read-only and checks it speaks the schema this server reads. One DuckDB thread
     * per query: the server runs many small queries side by side, and DuckDB's own parallelism would
     * only make them compete for the same cores.
     */
    private static Connection open(Path file) throws SQLException {
        Connection c = DuckDbStore.openReadOnly(file);
        try (java.sql.Statement st = c.createStatement()) {
            int version;
            try (java.sql.ResultSet rs = st.executeQuery("SELECT max(version) FROM schema_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            } catch (SQLException e) {
                version = 0;
            }
            // Version 4 only added the self-assessment tables: a version-3 file is served without them.
            if (version < th.ita.insight.store.Schema.OLDEST_READABLE || version > th.ita.insight.store.Schema.VERSION) {
                closeQuietly(c);
                throw new NotPublishedException(file, version);
            }
            // Bounded native memory: the server reads small slices of the file. 64 MB serves a national publish,
            // its group pages and its sliced nation-wide export (docs/performance.md); more only caches more pages.
            st.execute("SET memory_limit = '" + System.getProperty("ita.duckdb.memory", "64MB").replaceAll("[^0-9A-Za-z]", "") + "'");
            String threads = System.getProperty("ita.duckdb.threads", "1");
            if (!threads.equals("default")) {
                st.execute("SET threads = " + Integer.parseInt(threads));
            }
        }
        return c;
    }

    /** run_info has one row in every publish (AtomicPublisher checks it). */
    private static String runId(Connection c) throws SQLException {
        try (java.sql.Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery("SELECT run_id FROM run_info")) {
            return rs.next() ? rs.getString(1) : "";
        } catch (SQLException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the file was replaced; nothing is lost by a failed close of a read-only handle
        }
    }

    @Override
    public void close() {
        closer.shutdownNow();
        Opened opened = current;
        if (opened != null) {
            closeQuietly(opened.connection());
        }
    }

    /** No database has been published at the configured path yet. */
    public static final class NotPublishedException extends RuntimeException {
        NotPublishedException(Path file) {
            super("no published database at " + file + " yet: run './ita run --input … --db " + file + "' first");
        }

        NotPublishedException(Path file, int version) {
            super(file + " has database schema version " + version + ", this server reads version "
                    + th.ita.insight.store.Schema.VERSION + ": publish it again with this version's './ita run --fresh'");
        }
    }
}
