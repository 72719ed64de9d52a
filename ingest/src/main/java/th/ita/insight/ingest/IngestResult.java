package th.ita.insight.ingest;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.List;

/**
 * What an ingest produced: validated canonical rows (duplicates resolved), every reject, and how each
 * file was read.
 *
 * @param duplicatesCollapsed identical rows seen more than once (kept once, counted here)
 */
public record IngestResult(Dataset<Row> scores, Dataset<Row> rejects, List<FileStats> files, long rowsIn,
                           long duplicatesCollapsed) {

    /** One input file: its data rows, detected shape and how its text was decoded. */
    public record FileStats(String file, long rows, String shape, String description) {
    }
}
