package th.ita.insight.analytics.steps;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Schemas of the derived tables, column for column as in the DuckDB contract (docs/duckdb-schema.md). */
public final class DerivedRows {
    public static final StructType INDICATOR = new StructType()
            .add("agency_id", DataTypes.StringType, false)
            .add("fiscal_year", DataTypes.IntegerType, false)
            .add("tool", DataTypes.StringType, false)
            .add("indicator", DataTypes.IntegerType, false)
            .add("score", DataTypes.DoubleType, false)
            .add("origin", DataTypes.StringType, false)
            .add("items_scored", DataTypes.IntegerType, false)
            .add("items_expected", DataTypes.IntegerType, false)
            .add("source_file", DataTypes.StringType, true)
            .add("source_line", DataTypes.LongType, true);

    public static final StructType TOOL = new StructType()
            .add("agency_id", DataTypes.StringType, false)
            .add("fiscal_year", DataTypes.IntegerType, false)
            .add("tool", DataTypes.StringType, false)
            .add("score", DataTypes.DoubleType, false)
            .add("origin", DataTypes.StringType, false)
            .add("computed_score", DataTypes.DoubleType, true)
            .add("published_score", DataTypes.DoubleType, true)
            .add("source_file", DataTypes.StringType, true)
            .add("source_line", DataTypes.LongType, true);

    public static final StructType TOTAL = new StructType()
            .add("agency_id", DataTypes.StringType, false)
            .add("fiscal_year", DataTypes.IntegerType, false)
            .add("total", DataTypes.DoubleType, false)
            .add("origin", DataTypes.StringType, false)
            .add("computed_total", DataTypes.DoubleType, true)
            .add("published_total", DataTypes.DoubleType, true)
            .add("published_label", DataTypes.StringType, true)
            .add("grade", DataTypes.StringType, true)
            .add("grade_th", DataTypes.StringType, true)
            .add("grade_en", DataTypes.StringType, true)
            .add("pass", DataTypes.BooleanType, true)
            .add("grade_basis", DataTypes.StringType, true)
            .add("iit", DataTypes.DoubleType, true)
            .add("eit", DataTypes.DoubleType, true)
            .add("oit", DataTypes.DoubleType, true)
            .add("source_file", DataTypes.StringType, true)
            .add("source_line", DataTypes.LongType, true);

    public static final StructType NOTE = new StructType()
            .add("agency_id", DataTypes.StringType, false)
            .add("fiscal_year", DataTypes.IntegerType, false)
            .add("kind", DataTypes.StringType, false)
            .add("level", DataTypes.StringType, false)
            .add("key", DataTypes.StringType, false)
            .add("published", DataTypes.DoubleType, true)
            .add("computed", DataTypes.DoubleType, true)
            .add("message_th", DataTypes.StringType, false)
            .add("message_en", DataTypes.StringType, false);

    private DerivedRows() {
    }
}
