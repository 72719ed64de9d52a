package th.ita.insight.ingest;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import th.ita.insight.ingest.validate.CanonicalScore;
import th.ita.insight.ingest.validate.Reject;

/**
 * Spark schemas of the ingest: canonical score rows (the Parquet store's columns), reject rows, and
 * the combined row the file parser emits (a {@code kind} column says which part is filled).
 */
public final class CanonicalRows {
    public static final String KIND_SCORE = "score";
    public static final String KIND_REJECT = "reject";
    public static final String KIND_FILE = "file";

    public static final StructType CANONICAL = new StructType()
            .add("agency_id", DataTypes.StringType, false)
            .add("agency_name", DataTypes.StringType, false)
            .add("agency_type", DataTypes.StringType, true)
            .add("agency_type_code", DataTypes.StringType, true)
            .add("province", DataTypes.StringType, true)
            .add("fiscal_year", DataTypes.IntegerType, false)
            .add("tool", DataTypes.StringType, true)
            .add("indicator", DataTypes.IntegerType, true)
            .add("question", DataTypes.StringType, true)
            .add("level", DataTypes.StringType, false)
            .add("score", DataTypes.DoubleType, false)
            .add("published_label", DataTypes.StringType, true)
            .add("source_file", DataTypes.StringType, false)
            .add("source_line", DataTypes.LongType, false);

    public static final StructType REJECT = new StructType()
            .add("source_file", DataTypes.StringType, false)
            .add("source_line", DataTypes.LongType, false)
            .add("column", DataTypes.StringType, true)
            .add("value", DataTypes.StringType, true)
            .add("reason", DataTypes.StringType, false)
            .add("reason_th", DataTypes.StringType, false)
            .add("reason_en", DataTypes.StringType, false);

    /** kind + canonical columns + reject columns (source_file and source_line shared). */
    public static final StructType PARSED = new StructType()
            .add("kind", DataTypes.StringType, false)
            .add("agency_id", DataTypes.StringType, true)
            .add("agency_name", DataTypes.StringType, true)
            .add("agency_type", DataTypes.StringType, true)
            .add("agency_type_code", DataTypes.StringType, true)
            .add("province", DataTypes.StringType, true)
            .add("fiscal_year", DataTypes.IntegerType, true)
            .add("tool", DataTypes.StringType, true)
            .add("indicator", DataTypes.IntegerType, true)
            .add("question", DataTypes.StringType, true)
            .add("level", DataTypes.StringType, true)
            .add("score", DataTypes.DoubleType, true)
            .add("published_label", DataTypes.StringType, true)
            .add("source_file", DataTypes.StringType, false)
            .add("source_line", DataTypes.LongType, false)
            .add("column", DataTypes.StringType, true)
            .add("value", DataTypes.StringType, true)
            .add("reason", DataTypes.StringType, true)
            .add("reason_th", DataTypes.StringType, true)
            .add("reason_en", DataTypes.StringType, true);

    private CanonicalRows() {
    }

    static Row score(CanonicalScore s) {
        return RowFactory.create(KIND_SCORE, s.agencyId(), s.agencyName(), s.agencyType(), s.agencyTypeCode(),
                s.province(), s.fiscalYear(), s.tool(), s.indicator(), s.question(), s.level().name().toLowerCase(
                        java.util.Locale.ROOT), s.score(), s.publishedLabel(), s.sourceFile(), s.sourceLine(),
                null, null, null, null, null);
    }

    static Row reject(Reject r) {
        return RowFactory.create(KIND_REJECT, null, null, null, null, null, null, null, null, null, null, null, null,
                r.file(), r.line(), r.column(), r.value(), r.reason().name(), r.detailTh(), r.detailEn());
    }

    /** Per-file bookkeeping: how many data rows the file had, and how it was read. */
    static Row fileStats(String file, long rows, String shape, String description) {
        return RowFactory.create(KIND_FILE, null, null, null, null, null, null, null, null, null, null, null, null,
                file, rows, shape, description, null, null, null);
    }
}
