package th.ita.insight.analytics.steps;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

import static org.apache.spark.sql.functions.col;

/**
 * Peer benchmarks: every figure (total, tool, indicator, question) of every agency-year, placed in
 * its peer groups of the same fiscal year — national, agency type, province, region — gives
 * n, mean and p10/p25/p50/p75/p90 per group and key (exact percentiles, linearly interpolated), and
 * for totals and tools each agency's rank and percentile in each of its groups.
 * <pre>
 * fiscal_year peer_group group_key level key   n  mean  p10 … p50   … p90
 * 2566        type       sao       total total 27 88.41 …   89.90 … 95.12
 * </pre>
 * One figure of one year across all agencies is a small group (≤ one row per agency), so
 * {@link PeerFunction} computes all four groupings of it in memory: the percentiles never go through
 * Spark's generic aggregation, which at national size falls back to sorting ~20 M copied rows.
 */
public final class PeerStep {

    /** The peer statistics and ranks. */
    public record Peers(Dataset<Row> stats, Dataset<Row> ranks) {
    }

    private PeerStep() {
    }

    /**
     * @param derived  the roll-up, whose figures (totals, tools, indicators, questions) are placed in groups
     * @param agencies the agency table (type code, province, region)
     */
    public static Peers apply(RollupStep.Derived derived, Dataset<Row> agencies) {
        Broadcast<PeerMembers> members = JavaSparkContext.fromSparkContext(agencies.sparkSession().sparkContext())
                .broadcast(PeerMembers.collect(agencies));
        // Each partition of the roll-up turns its agencies' figures around into a row per figure (arrays of
        // agency numbers and scores), so the shuffle moves and sorts a row or two per figure, not a row per score.
        Dataset<Row> byFigure = derived.perAgency().select(col("agency_id"), col(RollupFunction.FIGURE))
                .mapPartitions(new PeerFigures(members), Encoders.row(PeerFigures.FIGURE_SCORES));
        // Grouped by the columns themselves (a key function would turn every row into a Java object first).
        Dataset<Row> tagged = byFigure.groupBy("key", "level", "fiscal_year")
                .as(Encoders.row(byFigure.select("key", "level", "fiscal_year").schema()), Encoders.row(byFigure.schema()))
                .flatMapGroups(new PeerFunction(members), Encoders.row(PeerFunction.TAGGED))
                // two tables are cut from it, and the analysis collects the medians from it
                .persist(StorageLevel.MEMORY_AND_DISK());
        return new Peers(part(tagged, PeerFunction.STATS), part(tagged, PeerFunction.RANK));
    }

    private static Dataset<Row> part(Dataset<Row> tagged, String kind) {
        return tagged.filter(col("kind").equalTo(kind)).select(col(kind + ".*"));
    }
}
