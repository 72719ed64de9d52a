package th.ita.insight.analytics.steps;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import th.ita.insight.weakitems.WeakItemConfig;

import java.util.Arrays;
import java.util.List;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.arrays_zip;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

/**
 * Per-agency analysis: weak items (judged against the agency type's peer median, or the national one
 * where the type has no group), recommended measures ranked by expected gain, and trends.
 */
public final class AnalysisStep {

    /**
     * The analysis of every agency in one dataset, one row per agency with an array of rows per table
     * ({@link #TABLES}): written once, not cached and cut four times (at national size ~6 M rows, most of
     * them long Thai texts). The weak shares are computed from the weak items as written.
     */
    public record Analysis(Dataset<Row> perAgency, PeerStep.Peers peers, Dataset<Row> agencies) {
        /** The tables in {@link #perAgency()}, each the name of the array column that holds its rows. */
        public static final List<String> TABLES = List.of(AnalysisRows.TABLES);

        /**
         * Some columns of one table's rows out of the per-agency ones (as computed, or as read back from where
         * they were written). Each column is taken out of the array first: read back from Parquet, only those
         * fields are read (an exploded struct would be read whole, Thai texts included).
         */
        public static Dataset<Row> rows(Dataset<Row> perAgency, String table, String... columns) {
            Column[] arrays = Arrays.stream(columns).map(c -> col(table + "." + c).as(c)).toArray(Column[]::new);
            return perAgency.select(explode(arrays_zip(arrays)).as("row")).select(col("row.*"));
        }

        /** @param weakItems weak items with at least their agency_id, fiscal_year, level and key */
        public Dataset<Row> weakShares(Dataset<Row> weakItems) {
            return AnalysisStep.weakShares(weakItems, peers, agencies);
        }
    }

    private AnalysisStep() {
    }

    public static Analysis apply(PeerStep.Peers peers, Dataset<Row> agencies, WeakItemConfig config) {
        Dataset<Row> typeStats = peers.stats().filter(col("peer_group").equalTo("type"))
                .select(col("fiscal_year"), col("group_key").as("agency_type_code"), col("level"), col("key"),
                        col("p50").as("type_p50"), col("p75").as("type_p75"));
        Dataset<Row> nationalStats = peers.stats().filter(col("peer_group").equalTo("national"))
                .select(col("fiscal_year"), col("level"), col("key"), col("p50").as("national_p50"),
                        col("p75").as("national_p75"));
        // The statistics are one row per group and figure (~70,000 at national size): broadcast, so the
        // millions of figures are joined where they are instead of being shuffled twice.
        Dataset<Row> input = peers.figures()
                .join(broadcast(agencies.select("agency_id", "agency_type_code")), "agency_id")
                .join(broadcast(typeStats), seq("fiscal_year", "agency_type_code", "level", "key"), "left")
                .join(broadcast(nationalStats), seq("fiscal_year", "level", "key"), "left")
                .select(col("agency_id"), col("fiscal_year"), col("level"), col("key"), col("score"),
                        coalesce(col("type_p50"), col("national_p50")).as("peer_median"),
                        coalesce(col("type_p75"), col("national_p75")).as("peer_p75"));
        // Grouped by the column itself: a key function would turn every figure into a Java object first.
        Dataset<Row> perAgency = input.groupBy("agency_id")
                .as(Encoders.row(input.select("agency_id").schema()), Encoders.row(input.schema()))
                .mapGroups(new AgencyAnalysisFunction(config), Encoders.row(AnalysisRows.PER_AGENCY));
        return new Analysis(perAgency, peers, agencies);
    }

    /**
     * For overseers: per peer group, year and question, how many of the group's agencies are weak on
     * it, out of how many were scored on it.
     */
    private static Dataset<Row> weakShares(Dataset<Row> weakItems, PeerStep.Peers peers, Dataset<Row> agencies) {
        Dataset<Row> weakInGroups = weakItems.filter(col("level").equalTo("item"))
                .select(col("agency_id"), col("fiscal_year"), col("key"))
                .distinct()
                .join(broadcast(agencies.select("agency_id", "agency_type_code", "province", "region")), "agency_id")
                .withColumn("g", explode(array(
                        struct(lit("national").as("peer_group"), lit("all").as("group_key")),
                        struct(lit("type").as("peer_group"), col("agency_type_code").as("group_key")),
                        struct(lit("province").as("peer_group"), col("province").as("group_key")),
                        struct(lit("region").as("peer_group"), col("region").as("group_key")))))
                .filter(col("g.group_key").isNotNull())
                .groupBy(col("fiscal_year"), col("g.peer_group").as("peer_group"), col("g.group_key").as("group_key"),
                        col("key"))
                .agg(count("*").as("n_weak"));
        Dataset<Row> scored = peers.stats().filter(col("level").equalTo("question"))
                .select(col("fiscal_year"), col("peer_group"), col("group_key"), col("key"), col("n").as("n_agencies"));
        return weakInGroups.join(scored, seq("fiscal_year", "peer_group", "group_key", "key"))
                .select(col("fiscal_year"), col("peer_group"), col("group_key"), col("key"), col("n_weak"),
                        col("n_agencies"), org.apache.spark.sql.functions.bround(
                                col("n_weak").multiply(100.0).divide(col("n_agencies")), 1).as("share"));
    }

    private static scala.collection.immutable.Seq<String> seq(String... names) {
        return scala.jdk.javaapi.CollectionConverters.asScala(java.util.List.of(names)).toSeq();
    }
}
