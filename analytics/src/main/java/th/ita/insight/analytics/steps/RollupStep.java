package th.ita.insight.analytics.steps;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.col;

/**
 * Canonical rows → score_indicator, score_tool, score_total by the year's official weights.
 * <pre>
 * level     agency_id     fy    tool indicator score  origin …  grade
 * indicator sao-91-…      2566  IIT  1         99.44  items
 * tool      sao-91-…      2566  IIT  null      98.45
 * total     sao-91-…      2566  null null      96.98          …  GOOD
 * </pre>
 */
public final class RollupStep {

    /** The three derived tables of one roll-up. */
    public record Derived(Dataset<Row> indicators, Dataset<Row> tools, Dataset<Row> totals) {
    }

    private RollupStep() {
    }

    public static Derived apply(Dataset<Row> canonical) {
        Dataset<Row> rolled = canonical
                .groupByKey((MapFunction<Row, String>) r ->
                        RollupFunction.key(r.getAs("agency_id"), r.<Integer>getAs("fiscal_year")), Encoders.STRING())
                .flatMapGroups(new RollupFunction(), Encoders.row(DerivedRows.ROLLUP));
        return new Derived(
                select(rolled, "indicator", DerivedRows.INDICATOR.fieldNames()),
                select(rolled, "tool", DerivedRows.TOOL.fieldNames()),
                select(rolled, "total", DerivedRows.TOTAL.fieldNames()));
    }

    private static Dataset<Row> select(Dataset<Row> rolled, String level, String[] columns) {
        org.apache.spark.sql.Column[] cols = new org.apache.spark.sql.Column[columns.length];
        for (int i = 0; i < columns.length; i++) {
            // the roll-up carries a total in its score column
            cols[i] = columns[i].equals("total") ? col("score").as("total") : col(columns[i]);
        }
        return rolled.filter(col("level").equalTo(level)).select(cols);
    }
}
