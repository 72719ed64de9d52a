package th.ita.insight.dashboard.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where in a publish {@link PublishKillTest} sends SIGKILL, recognised from outside by the files the batch
 * makes beside the database ({@code .<db>.staging-<run>/}, {@code .<db>.publish-<run>} and its WAL), so
 * the product needs no test hook.
 */
enum KillPoint {
    /** Spark has begun writing the derived tables (the analytics are computed as they are written). */
    STAGING_STARTED,
    /** Every derived table is staged as Parquet: the DuckDB publish is about to start. */
    STAGING_WRITTEN,
    /** The new DuckDB file has just been created (schema, catalogs). */
    PUBLISH_FILE_CREATED,
    /** Part-way through the bulk load ({@link #BULK_LOAD_SHARE} of the publish time the first run took). */
    BULK_LOAD,
    /** The WAL is gone: the file is checkpointed, the rename is next. */
    CHECKPOINTED,
    /** The file was renamed into place; the store pointer is moved after it. */
    RENAMED;

    static final double BULK_LOAD_SHARE = 0.4;

    /** What the watcher sees beside the database at one moment. */
    record Seen(Optional<String> runId, boolean staged, boolean publishFile, boolean wal) {
        /** @param earlier names to ignore: what killed runs left, until the new run clears it */
        static Seen in(Path dir, String db, java.util.Set<String> earlier) throws IOException {
            String staging = "." + db + ".staging-";
            String publish = "." + db + ".publish-";
            Optional<String> run = Optional.empty();
            boolean publishFile = false;
            boolean wal = false;
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    String name = p.getFileName().toString();
                    if (earlier.contains(name)) {
                        continue;
                    } else if (name.startsWith(staging)) {
                        run = Optional.of(name.substring(staging.length()));
                    } else if (name.startsWith(publish)) {
                        publishFile |= !name.endsWith(".wal");
                        wal |= name.endsWith(".wal");
                    }
                }
            }
            // The per-agency analysis is the last table Spark stages (DuckDbPublisher); the weak shares are counted
            // later, by DuckDB.
            boolean staged = run.isPresent() && Files.exists(dir.resolve(staging + run.get()).resolve("analysis/_SUCCESS"));
            return new Seen(run, staged, publishFile, wal);
        }
    }

    /**
     * Whether to kill now, given what was seen and since when the publish file exists.
     *
     * @param publishFileSince nanoTime the publish file was first seen, or -1
     * @param sawPublishFile   the publish file existed at some earlier moment of this run
     * @param sawWal           its WAL existed at some earlier moment of this run
     */
    boolean due(Seen seen, long publishFileSince, boolean sawPublishFile, boolean sawWal, long publishNanos) {
        return switch (this) {
            case STAGING_STARTED -> seen.runId().isPresent();
            case STAGING_WRITTEN -> seen.staged();
            case PUBLISH_FILE_CREATED -> seen.publishFile();
            case BULK_LOAD -> publishFileSince >= 0 && System.nanoTime() - publishFileSince >= BULK_LOAD_SHARE * publishNanos;
            case CHECKPOINTED -> sawWal && !seen.wal();
            case RENAMED -> sawPublishFile && !seen.publishFile();
        };
    }
}
