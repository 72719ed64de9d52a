package th.ita.insight.analytics;

import th.ita.insight.ingest.read.InputShape;
import th.ita.insight.text.Language;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything a batch run is told, typed and fixed at the start.
 *
 * @param format null to detect each file's shape
 * @param store  the canonical Parquet store that accumulates across runs
 */
public record RunOptions(List<Path> inputs, Path db, Path store, Path rejects, InputShape format, boolean fresh,
                         Language language, String master, int shufflePartitions) {

    /** Defaults that put the store and the rejects report beside the database file. */
    public static Path defaultStore(Path db) {
        return db.toAbsolutePath().resolveSibling(db.getFileName() + ".store");
    }

    public static Path defaultRejects(Path db) {
        return db.toAbsolutePath().resolveSibling(db.getFileName() + ".rejects.csv");
    }
}
