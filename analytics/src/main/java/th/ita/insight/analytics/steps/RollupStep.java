package th.ita.insight.analytics.steps;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

/**
 * Canonical rows (any level) → score_indicator, score_tool, score_total and run_note, by the year's
 * official weights, and every figure of every agency-year (total, tools, indicators, questions) for the
 * peer groups and the analysis. The roll-up emits one row per agency with an array per table
 * ({@link RollupFunction#PER_AGENCY}); each table is that array exploded.
 */
public final class RollupStep {

    /**
     * The derived tables of one roll-up, the agency's figures, and the roll-up itself: one row per agency,
     * which the per-agency analysis reads as it is (already one agency per row, so no second shuffle).
     */
    public record Derived(Dataset<Row> perAgency, Dataset<Row> indicators, Dataset<Row> tools, Dataset<Row> totals,
                          Dataset<Row> notes) {
    }

    private RollupStep() {
    }

    public static Derived apply(Dataset<Row> canonical) {
        // Only the columns the roll-up reads (not the agency's names: the longest strings of a row), and grouped
        // by the column itself: a key function would turn every canonical row into a Java object first.
        Dataset<Row> input = canonical.select("agency_id", "fiscal_year", "level", "tool", "indicator", "question",
                "score", "published_label", "source_file", "source_line");
        Dataset<Row> rolled = input.groupBy("agency_id")
                .as(Encoders.row(input.select("agency_id").schema()), Encoders.row(input.schema()))
                .mapGroups(new RollupFunction(), Encoders.row(RollupFunction.PER_AGENCY))
                // four tables, the peer groups and the analysis are cut from one roll-up
                .persist(StorageLevel.MEMORY_AND_DISK());
        return new Derived(rolled, table(rolled, RollupFunction.INDICATOR), table(rolled, RollupFunction.TOOL),
                table(rolled, RollupFunction.TOTAL), table(rolled, RollupFunction.NOTE));
    }

    private static Dataset<Row> table(Dataset<Row> rolled, String name) {
        return rolled.select(explode(col(name)).as("r")).select(col("r.*"));
    }
}
