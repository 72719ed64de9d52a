package th.ita.insight.analytics.steps;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Schemas of the per-agency analysis tables, column for column as in the DuckDB contract. */
final class AnalysisRows {
    static final StructType WEAK_ITEM = new StructType()
            .add("agency_id", DataTypes.StringType, false)
            .add("fiscal_year", DataTypes.IntegerType, false)
            .add("level", DataTypes.StringType, false)
            .add("key", DataTypes.StringType, false)
            .add("tool", DataTypes.StringType, false)
            .add("indicator", DataTypes.IntegerType, false)
            .add("score", DataTypes.DoubleType, false)
            .add("peer_median", DataTypes.DoubleType, true)
            .add("gap", DataTypes.DoubleType, false)
            .add("reasons", DataTypes.StringType, false)
            .add("years_weak", DataTypes.IntegerType, false)
            .add("severity", DataTypes.StringType, false)
            .add("reason_th", DataTypes.StringType, false)
            .add("reason_en", DataTypes.StringType, false);

    static final StructType RECOMMENDATION = new StructType()
            .add("agency_id", DataTypes.StringType, false)
            .add("fiscal_year", DataTypes.IntegerType, false)
            .add("rank", DataTypes.IntegerType, false)
            .add("measure_id", DataTypes.StringType, false)
            .add("theme_th", DataTypes.StringType, false)
            .add("theme_en", DataTypes.StringType, false)
            .add("title_th", DataTypes.StringType, false)
            .add("title_en", DataTypes.StringType, false)
            .add("expected_gain", DataTypes.DoubleType, false)
            .add("questions", DataTypes.StringType, false)
            .add("oit_refs", DataTypes.StringType, false)
            .add("rationale_th", DataTypes.StringType, false)
            .add("rationale_en", DataTypes.StringType, false);

    static final StructType RECOMMENDATION_ITEM = new StructType()
            .add("agency_id", DataTypes.StringType, false)
            .add("fiscal_year", DataTypes.IntegerType, false)
            .add("measure_id", DataTypes.StringType, false)
            .add("code", DataTypes.StringType, false)
            .add("score", DataTypes.DoubleType, false)
            .add("target", DataTypes.DoubleType, false)
            .add("share", DataTypes.DoubleType, false)
            .add("gain", DataTypes.DoubleType, false);

    static final StructType TREND = new StructType()
            .add("agency_id", DataTypes.StringType, false)
            .add("level", DataTypes.StringType, false)
            .add("key", DataTypes.StringType, false)
            .add("first_year", DataTypes.IntegerType, false)
            .add("last_year", DataTypes.IntegerType, false)
            .add("years", DataTypes.IntegerType, false)
            .add("first_score", DataTypes.DoubleType, false)
            .add("last_score", DataTypes.DoubleType, false)
            .add("delta_yoy", DataTypes.DoubleType, true)
            .add("slope", DataTypes.DoubleType, true)
            .add("direction", DataTypes.StringType, false)
            .add("method_changed", DataTypes.BooleanType, false);

    static final String[] TABLES = {"weak_item", "recommendation", "recommendation_item", "trend"};

    /**
     * One agency's analysis: per table, an array of its rows (columns named after the tables, in
     * {@link #TABLES} order). One row per agency and no padding: a row per output row with one struct per
     * table wrote three null structs for every row, and Parquet paid for each of their fields.
     */
    static final StructType PER_AGENCY = new StructType()
            .add("weak_item", DataTypes.createArrayType(WEAK_ITEM, false), false)
            .add("recommendation", DataTypes.createArrayType(RECOMMENDATION, false), false)
            .add("recommendation_item", DataTypes.createArrayType(RECOMMENDATION_ITEM, false), false)
            .add("trend", DataTypes.createArrayType(TREND, false), false);

    private AnalysisRows() {
    }
}
