package th.ita.insight.analytics.steps;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

import static org.apache.spark.sql.functions.broadcast;
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
        Dataset<Row> figures = derived.figures();
        Dataset<Row> placed = figures
                .join(broadcast(agencies.select("agency_id", "agency_type_code", "province", "region")), "agency_id")
                .select(col("fiscal_year"), col("level"), col("key"), col("agency_id"), col("score"),
                        col("agency_type_code"), col("province"), col("region"));
        // Grouped by the columns themselves (a key function would turn every row into a Java object first),
        // the item code first: its leading bytes tell figures apart soonest when the groups are sorted.
        Dataset<Row> tagged = placed.groupBy("key", "level", "fiscal_year")
                .as(Encoders.row(placed.select("key", "level", "fiscal_year").schema()), Encoders.row(placed.schema()))
                .flatMapGroups(new PeerFunction(), Encoders.row(PeerFunction.TAGGED))
                // two tables are cut from it, and the analysis collects the medians from it
                .persist(StorageLevel.MEMORY_AND_DISK());
        return new Peers(part(tagged, PeerFunction.STATS), part(tagged, PeerFunction.RANK));
    }

    private static Dataset<Row> part(Dataset<Row> tagged, String kind) {
        return tagged.filter(col("kind").equalTo(kind)).select(col(kind + ".*"));
    }
}
