package th.ita.insight.analytics.steps;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Schemas of the derived score tables, column for column as in the DuckDB contract. */
public final class DerivedRows {
    public static final StructType INDICATOR = new StructType()
            .add("agency_id", DataTypes.StringType, false)
            .add("fiscal_year", DataTypes.IntegerType, false)
            .add("tool", DataTypes.StringType, false)
            .add("indicator", DataTypes.IntegerType, false)
            .add("score", DataTypes.DoubleType, false)
            .add("origin", DataTypes.StringType, false)
            .add("items_scored", DataTypes.IntegerType, false)
            .add("items_expected", DataTypes.IntegerType, false);

    public static final StructType TOOL = new StructType()
            .add("agency_id", DataTypes.StringType, false)
            .add("fiscal_year", DataTypes.IntegerType, false)
            .add("tool", DataTypes.StringType, false)
            .add("score", DataTypes.DoubleType, false);

    public static final StructType TOTAL = new StructType()
            .add("agency_id", DataTypes.StringType, false)
            .add("fiscal_year", DataTypes.IntegerType, false)
            .add("total", DataTypes.DoubleType, false)
            .add("grade", DataTypes.StringType, false)
            .add("grade_th", DataTypes.StringType, false)
            .add("grade_en", DataTypes.StringType, false)
            .add("pass", DataTypes.BooleanType, false)
            .add("iit", DataTypes.DoubleType, false)
            .add("eit", DataTypes.DoubleType, false)
            .add("oit", DataTypes.DoubleType, false);

    /** What the roll-up emits per agency-year: one row per level, the {@code level} column says which. */
    static final StructType ROLLUP = new StructType()
            .add("level", DataTypes.StringType, false)
            .add("agency_id", DataTypes.StringType, false)
            .add("fiscal_year", DataTypes.IntegerType, false)
            .add("tool", DataTypes.StringType, true)
            .add("indicator", DataTypes.IntegerType, true)
            .add("score", DataTypes.DoubleType, true)
            .add("origin", DataTypes.StringType, true)
            .add("items_scored", DataTypes.IntegerType, true)
            .add("items_expected", DataTypes.IntegerType, true)
            .add("grade", DataTypes.StringType, true)
            .add("grade_th", DataTypes.StringType, true)
            .add("grade_en", DataTypes.StringType, true)
            .add("pass", DataTypes.BooleanType, true)
            .add("iit", DataTypes.DoubleType, true)
            .add("eit", DataTypes.DoubleType, true)
            .add("oit", DataTypes.DoubleType, true);

    private DerivedRows() {
    }
}
