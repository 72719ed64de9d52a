package th.ita.insight.ingest;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import th.ita.insight.ingest.validate.RejectReason;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.xxhash64;

/**
 * Rows that share a key (agency, year, level, tool, indicator, question): identical copies are kept
 * once (the first by file and line), copies that disagree on the score are all rejected.
 * <p>Almost every key has one row, so the keys are first counted by a 64-bit hash of the key — a hash
 * aggregation over one long column — and only the rows whose hash is seen more than once go through the
 * exact check (a window over the key ordered by origin). A hash collision only sends two distinct keys
 * to the exact check, which tells them apart; it can never merge them. {@link IngestJob} gives it only the
 * scores of the agency-years where a key can repeat, so at national size it sees a handful of rows.
 */
final class DuplicateCheck {
    private static final String[] KEY = {"agency_id", "fiscal_year", "level", "tool", "indicator", "question_key"};
    private static final String HASH = "key_hash";
    /** Above this many repeated hashes the join is left to Spark instead of broadcast to every task. */
    private static final long BROADCAST_LIMIT = 2_000_000;

    private final Dataset<Row> clean;
    private final Dataset<Row> conflicts;
    private final long duplicates;

    /** @param scores canonical score rows */
    DuplicateCheck(Dataset<Row> scores, String[] canonicalColumns) {
        // The key names an aggregate row's missing question as "".
        Dataset<Row> hashed = scores.withColumn("question_key", coalesce(col("question"), lit("")))
                .withColumn(HASH, xxhash64(columns(KEY)));
        Dataset<Row> repeated = hashed.groupBy(HASH).agg(count(lit(1)).as("copies"))
                .filter(col("copies").gt(1)).select(HASH)
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> repeatedSide = repeated.count() <= BROADCAST_LIMIT ? broadcast(repeated) : repeated;
        Dataset<Row> singles = hashed.join(repeatedSide, seq(HASH), "left_anti");
        Dataset<Row> candidates = hashed.join(repeatedSide, seq(HASH), "left_semi");

        WindowSpec byOrigin = Window.partitionBy(columns(KEY)).orderBy(col("source_file"), col("source_line"));
        WindowSpec allCopies = byOrigin.rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing());
        // Cached: the clean rows, the duplicate count and the conflicts in the rejects report all read it.
        Dataset<Row> judged = candidates
                .withColumn("conflict", min("score").over(allCopies).notEqual(max("score").over(allCopies)))
                .withColumn("copy", row_number().over(byOrigin))
                .persist(StorageLevel.MEMORY_AND_DISK());

        this.clean = singles.select(columns(canonicalColumns))
                .unionByName(judged.filter(not(col("conflict")).and(col("copy").equalTo(1)))
                        .select(columns(canonicalColumns)));
        this.duplicates = judged.filter(not(col("conflict")).and(col("copy").gt(1))).count();
        Column item = coalesce(col("question"), concat(lit("indicator "), col("indicator").cast("string")),
                col("tool"), lit("total"));
        this.conflicts = judged.filter(col("conflict"))
                .select(col("source_file"), col("source_line"),
                        lit("score").as("column"),
                        format_number(col("score"), 2).as("value"),
                        lit(RejectReason.DUPLICATE_CONFLICT.name()).as("reason"),
                        concat(lit(RejectReason.DUPLICATE_CONFLICT.th() + ": "), col("agency_id"), lit(" ปี "),
                                col("fiscal_year").cast("string"), lit(" "), item).as("reason_th"),
                        concat(lit(RejectReason.DUPLICATE_CONFLICT.en() + ": "), col("agency_id"), lit(" FY"),
                                col("fiscal_year").cast("string"), lit(" "), item).as("reason_en"));
    }

    /** Every key once: rows without a copy, and the first of identical copies. */
    Dataset<Row> clean() {
        return clean;
    }

    /** Every row of a key whose copies disagree, as reject rows. */
    Dataset<Row> conflicts() {
        return conflicts;
    }

    /** Identical copies dropped (kept once). */
    long duplicates() {
        return duplicates;
    }

    static Column[] columns(String... names) {
        Column[] columns = new Column[names.length];
        for (int i = 0; i < names.length; i++) {
            columns[i] = col(names[i]);
        }
        return columns;
    }

    static scala.collection.immutable.Seq<String> seq(String... names) {
        return scala.jdk.javaapi.CollectionConverters.asScala(java.util.List.of(names)).toSeq();
    }
}
