package th.ita.insight.analytics.steps;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import static org.apache.spark.sql.functions.col;

/**
 * Canonical rows (any level) → score_indicator, score_tool, score_total and run_note, by the year's
 * official weights. The roll-up emits one tagged row per figure; each table selects its tag:
 * <pre>
 * kind       indicator                               tool                      total
 * indicator  (sao-91-…, 2566, IIT, 1, 99.44, items…)  null                      null
 * tool       null                                    (sao-91-…, 2566, IIT, 98.45, computed…)
 * total      null                                    null                      (sao-91-…, 2566, 96.98, computed, …, GOOD…)
 * </pre>
 */
public final class RollupStep {
    private static final StructType TAGGED = new StructType()
            .add("kind", DataTypes.StringType, false)
            .add(RollupFunction.INDICATOR, DerivedRows.INDICATOR, true)
            .add(RollupFunction.TOOL, DerivedRows.TOOL, true)
            .add(RollupFunction.TOTAL, DerivedRows.TOTAL, true)
            .add(RollupFunction.NOTE, DerivedRows.NOTE, true);

    /** The derived tables of one roll-up. */
    public record Derived(Dataset<Row> indicators, Dataset<Row> tools, Dataset<Row> totals, Dataset<Row> notes) {
    }

    private RollupStep() {
    }

    public static Derived apply(Dataset<Row> canonical) {
        // Only the columns the roll-up reads (not the agency's names: the longest strings of a row), and grouped
        // by the columns themselves: a key function would turn every canonical row into a Java object first.
        Dataset<Row> input = canonical.select("agency_id", "fiscal_year", "level", "tool", "indicator", "question",
                "score", "published_label", "source_file", "source_line");
        Dataset<Row> rolled = input.groupBy("agency_id", "fiscal_year")
                .as(Encoders.row(input.select("agency_id", "fiscal_year").schema()), Encoders.row(input.schema()))
                .flatMapGroups(new RollupFunction(), Encoders.row(TAGGED))
                .persist(StorageLevel.MEMORY_AND_DISK()); // four tables are cut from one roll-up
        return new Derived(part(rolled, RollupFunction.INDICATOR), part(rolled, RollupFunction.TOOL),
                part(rolled, RollupFunction.TOTAL), part(rolled, RollupFunction.NOTE));
    }

    private static Dataset<Row> part(Dataset<Row> rolled, String kind) {
        return rolled.filter(col("kind").equalTo(kind)).select(col(kind + ".*"));
    }
}
