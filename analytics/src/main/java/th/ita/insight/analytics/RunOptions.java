package th.ita.insight.analytics;

import th.ita.insight.ingest.read.InputShape;
import th.ita.insight.text.Language;
import th.ita.insight.weakitems.WeakItemConfig;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything a batch run is told, typed and fixed at the start.
 *
 * @param format null to detect each file's shape
 * @param store     the canonical Parquet store that accumulates across runs
 * @param weakItems thresholds of the weak-item rules
 */
public record RunOptions(List<Path> inputs, Path db, Path store, Path rejects, InputShape format, boolean fresh,
                         Language language, String master, int shufflePartitions, WeakItemConfig weakItems) {

    /** The options of the foundation, with the default weak-item rules. */
    public RunOptions(List<Path> inputs, Path db, Path store, Path rejects, InputShape format, boolean fresh,
                      Language language, String master, int shufflePartitions) {
        this(inputs, db, store, rejects, format, fresh, language, master, shufflePartitions, WeakItemConfig.DEFAULT);
    }

    /** Defaults that put the store and the rejects report beside the database file. */
    public static Path defaultStore(Path db) {
        return db.toAbsolutePath().resolveSibling(db.getFileName() + ".store");
    }

    public static Path defaultRejects(Path db) {
        return db.toAbsolutePath().resolveSibling(db.getFileName() + ".rejects.csv");
    }
}
