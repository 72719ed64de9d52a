package th.ita.insight.analytics.steps;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import th.ita.insight.weakitems.WeakItemConfig;

import java.util.List;

import static org.apache.spark.sql.functions.broadcast;
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

    /**
     * Computes the peer statistics (they are cached) to collect the medians, so call it after the steps it
     * reads have been defined; the analysis itself stays lazy.
     */
    public static Analysis apply(RollupStep.Derived derived, PeerStep.Peers peers, Dataset<Row> agencies,
                                 WeakItemConfig config) {
        Broadcast<PeerMedians> medians = JavaSparkContext.fromSparkContext(derived.perAgency().sparkSession().sparkContext())
                .broadcast(PeerMedians.collect(peers.stats()));
        // The roll-up is already one cached row per agency holding all its figures: mapped as it is, with the
        // medians looked up in the broadcast, instead of shuffling the ~5 M figures by agency once more.
        Dataset<Row> input = derived.perAgency().select(col("agency_id"), col(RollupFunction.FIGURE))
                .join(broadcast(agencies.select("agency_id", "agency_type_code")), "agency_id");
        Dataset<Row> perAgency = input.map(new AgencyAnalysisFunction(config, medians),
                Encoders.row(AnalysisRows.PER_AGENCY));
        return new Analysis(perAgency);
    }
}
