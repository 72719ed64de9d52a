package th.ita.insight.analytics.steps;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import th.ita.insight.weakitems.WeakItemConfig;

import java.util.List;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;

/**
 * Per-agency analysis: weak items (judged against the agency type's peer median, or the national one
 * where the type has no group), recommended measures ranked by expected gain, and trends.
 */
public final class AnalysisStep {

    /**
     * The analysis of every agency in one dataset, one row per agency with an array of rows per table
     * ({@link #TABLES}): written once, not cached and cut four times (at national size ~6 M rows, most of
     * them long Thai texts). The weak shares are counted by the publish, from the weak items as loaded.
     */
    public record Analysis(Dataset<Row> perAgency) {
        /** The tables in {@link #perAgency()}, each the name of the array column that holds its rows. */
        public static final List<String> TABLES = List.of(AnalysisRows.TABLES);
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
        return new Analysis(perAgency);
    }

    private static scala.collection.immutable.Seq<String> seq(String... names) {
        return scala.jdk.javaapi.CollectionConverters.asScala(java.util.List.of(names)).toSeq();
    }
}
