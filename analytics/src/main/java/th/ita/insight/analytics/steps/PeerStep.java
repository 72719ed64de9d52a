package th.ita.insight.analytics.steps;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.bround;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.percent_rank;
import static org.apache.spark.sql.functions.rank;
import static org.apache.spark.sql.functions.struct;

/**
 * Peer benchmarks: every figure (total, tool, indicator, question) of every agency-year, placed in
 * its peer groups of the same fiscal year — national, agency type, province, region — gives
 * n, mean and p10/p25/p50/p75/p90 per group and key (exact percentiles, linearly interpolated), and
 * for totals and tools each agency's rank and percentile in each of its groups.
 * <pre>
 * fiscal_year peer_group group_key level key   n  mean  p10 … p50   … p90
 * 2566        type       sao       total total 27 88.41 …   89.90 … 95.12
 * </pre>
 */
public final class PeerStep {
    private static final String[] GROUP = {"fiscal_year", "peer_group", "group_key", "level", "key"};

    /** The long table of figures with their agency's groups, and what is derived from it. */
    public record Peers(Dataset<Row> figures, Dataset<Row> groups, Dataset<Row> stats, Dataset<Row> ranks) {
    }

    private PeerStep() {
    }

    /**
     * @param canonical canonical rows (question scores are read from it)
     * @param agencies  the agency table (type code, province, region)
     */
    public static Peers apply(Dataset<Row> canonical, RollupStep.Derived derived, Dataset<Row> agencies) {
        Dataset<Row> figures = derived.totals().select(col("agency_id"), col("fiscal_year"), lit("total").as("level"),
                        lit("total").as("key"), col("total").as("score"))
                .unionByName(derived.tools().select(col("agency_id"), col("fiscal_year"), lit("tool").as("level"),
                        col("tool").as("key"), col("score")))
                .unionByName(derived.indicators().select(col("agency_id"), col("fiscal_year"), lit("indicator").as("level"),
                        col("indicator").cast("string").as("key"), col("score")))
                .unionByName(canonical.filter(col("level").equalTo("question")).select(col("agency_id"),
                        col("fiscal_year"), lit("question").as("level"), col("question").as("key"), col("score")));
        // Not cached: a figure in its four groups is a cheap explode, while a cached copy (4 rows per figure,
        // ~22 M at national size) cost more to build than every later reading of it.
        Dataset<Row> grouped = inGroups(figures, agencies);

        Dataset<Row> stats = grouped.groupBy(columns(GROUP))
                // Decimal sums do not depend on the order rows arrive in, so re-runs give identical means.
                .agg(count("*").as("n"), avg(col("score").cast("decimal(14,4)")).cast("double").as("mean"),
                        expr("percentile(score, array(0.1, 0.25, 0.5, 0.75, 0.9))").as("p"))
                .select(col("fiscal_year"), col("peer_group"), col("group_key"), col("level"), col("key"), col("n"),
                        bround(col("mean"), 2).as("mean"), bround(col("p").getItem(0), 2).as("p10"),
                        bround(col("p").getItem(1), 2).as("p25"), bround(col("p").getItem(2), 2).as("p50"),
                        bround(col("p").getItem(3), 2).as("p75"), bround(col("p").getItem(4), 2).as("p90"))
                .persist(StorageLevel.MEMORY_AND_DISK()); // published, and read twice by the weak-item step

        WindowSpec group = Window.partitionBy(columns(GROUP));
        // Totals and tools only: filtered before the explode, so the questions never enter the window.
        Dataset<Row> ranks = inGroups(figures.filter(col("level").isin("total", "tool")), agencies)
                .select(col("agency_id"), col("fiscal_year"), col("peer_group"), col("group_key"), col("level"),
                        col("key"), col("score"),
                        rank().over(group.orderBy(col("score").desc())).as("rank"),
                        count("*").over(group).as("n"),
                        bround(percent_rank().over(group.orderBy(col("score"))).multiply(100), 1).as("percentile"));
        return new Peers(figures, grouped, stats, ranks);
    }

    /** Each figure once per peer group of its agency (no group where the agency has no type or province). */
    private static Dataset<Row> inGroups(Dataset<Row> figures, Dataset<Row> agencies) {
        return figures
                .join(agencies.select("agency_id", "agency_type_code", "province", "region"), "agency_id")
                .withColumn("g", explode(array(
                        struct(lit("national").as("peer_group"), lit("all").as("group_key")),
                        struct(lit("type").as("peer_group"), col("agency_type_code").as("group_key")),
                        struct(lit("province").as("peer_group"), col("province").as("group_key")),
                        struct(lit("region").as("peer_group"), col("region").as("group_key")))))
                .filter(col("g.group_key").isNotNull())
                .select(col("agency_id"), col("fiscal_year"), col("g.peer_group").as("peer_group"),
                        col("g.group_key").as("group_key"), col("level"), col("key"), col("score"));
    }

    static Column[] columns(String... names) {
        Column[] out = new Column[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = col(names[i]);
        }
        return out;
    }
}
