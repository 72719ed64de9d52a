package th.ita.insight.ingest;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.List;

/**
 * What an ingest produced: validated canonical rows (duplicates resolved), every reject, and how each
 * file was read. The scores are not cached: each action on them reads the input files again.
 *
 * @param levels              (agency_id, fiscal_year, level) of the scores, once each: what they replace in the store
 * @param spellings           how the scores name their agency ({@link CanonicalRows#SPELLING}), stored beside them
 * @param scoresLoaded        how many rows {@code scores} has
 * @param duplicatesCollapsed identical rows seen more than once (kept once, counted here)
 */
public record IngestResult(Dataset<Row> scores, Dataset<Row> levels, Dataset<Row> spellings, Dataset<Row> rejects,
                           List<FileStats> files, long rowsIn, long scoresLoaded, long duplicatesCollapsed) {

    /** One input file: its data rows, detected shape and how its text was decoded. */
    public record FileStats(String file, long rows, String shape, String description) {
    }
}
