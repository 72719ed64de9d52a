package th.ita.insight.ingest;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import th.ita.insight.ingest.validate.CanonicalScore;
import th.ita.insight.ingest.validate.Reject;

import java.util.List;
import java.util.Locale;

import static org.apache.spark.sql.functions.max;

/**
 * Spark schemas of the ingest: canonical score rows (the Parquet store's columns), reject rows, and
 * the rows of the ingest's first pass ({@link #LINES}: a {@code kind} column says which part is filled).
 */
public final class CanonicalRows {
    public static final String KIND_LINE = "line";
    public static final String KIND_REJECT = "reject";
    public static final String KIND_FILE = "file";
    /** The scope of a line that holds many figures of its agency-year (a wide row). */
    static final String SCOPE_ROW = "*";
    /** The same, where two columns of the file may name the same figure. */
    static final String SCOPE_ROW_REPEATING = "!";

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

    /**
     * The first pass over the inputs: per input line and level it loaded scores at, which agency-year
     * and how many scores (the {@code scope} says which figures: {@link #SCOPE_ROW} for a wide row, the
     * figure's key for a long one); every reject; per file its statistics. No score itself.
     */
    public static final StructType LINES = new StructType()
            .add("kind", DataTypes.StringType, false)
            .add("agency_id", DataTypes.StringType, true)
            .add("fiscal_year", DataTypes.IntegerType, true)
            .add("level", DataTypes.StringType, true)
            .add("scope", DataTypes.StringType, true)
            .add("scores", DataTypes.LongType, true)
            .add("source_file", DataTypes.StringType, false)
            .add("source_line", DataTypes.LongType, false)
            .add("column", DataTypes.StringType, true)
            .add("value", DataTypes.StringType, true)
            .add("reason", DataTypes.StringType, true)
            .add("reason_th", DataTypes.StringType, true)
            .add("reason_en", DataTypes.StringType, true)
            // the agency as the line names it (kind line)
            .add("agency_name", DataTypes.StringType, true)
            .add("agency_type", DataTypes.StringType, true)
            .add("agency_type_code", DataTypes.StringType, true)
            .add("province", DataTypes.StringType, true);

    /** The columns of {@link #CANONICAL} that name the agency: the same on every score of a line. */
    public static final List<String> AGENCY_NAMES = List.of("agency_name", "agency_type", "agency_type_code", "province");

    /**
     * How the stored scores name their agency, once per agency-year, level, file and spelling rather than on
     * every score: the line it was last read from ({@code source_line}, the largest).
     */
    public static final StructType SPELLING = new StructType()
            .add("agency_id", DataTypes.StringType, false)
            .add("fiscal_year", DataTypes.IntegerType, false)
            .add("level", DataTypes.StringType, false)
            .add("source_file", DataTypes.StringType, false)
            .add("agency_name", DataTypes.StringType, false)
            .add("agency_type", DataTypes.StringType, true)
            .add("agency_type_code", DataTypes.StringType, true)
            .add("province", DataTypes.StringType, true)
            .add("source_line", DataTypes.LongType, false);

    private CanonicalRows() {
    }

    /** Lines or canonical rows (any with the columns of {@link #SPELLING}) → their {@link #SPELLING} rows. */
    public static Dataset<Row> spellingsOf(Dataset<Row> rows) {
        return rows.groupBy("agency_id", "fiscal_year", "level", "source_file", "agency_name", "agency_type",
                "agency_type_code", "province").agg(max("source_line").as("source_line"));
    }

    static Row score(CanonicalScore s) {
        return RowFactory.create(s.agencyId(), s.agencyName(), s.agencyType(), s.agencyTypeCode(),
                s.province(), s.fiscalYear(), s.tool(), s.indicator(), s.question(), level(s), s.score(),
                s.publishedLabel(), s.sourceFile(), s.sourceLine());
    }

    static Row line(CanonicalScore first, String scope, long scores) {
        return RowFactory.create(KIND_LINE, first.agencyId(), first.fiscalYear(), level(first), scope, scores,
                first.sourceFile(), first.sourceLine(), null, null, null, null, null,
                first.agencyName(), first.agencyType(), first.agencyTypeCode(), first.province());
    }

    static Row reject(Reject r) {
        return RowFactory.create(KIND_REJECT, null, null, null, null, null,
                r.file(), r.line(), r.column(), r.value(), r.reason().name(), r.detailTh(), r.detailEn(),
                null, null, null, null);
    }

    /** Per-file bookkeeping: how many data rows the file had, and how it was read. */
    static Row fileStats(String file, long rows, String shape, String description) {
        return RowFactory.create(KIND_FILE, null, null, null, null, null,
                file, rows, shape, description, null, null, null, null, null, null, null);
    }

    /** The key a long line's single figure has in the duplicate check, as text. */
    static String figureKey(CanonicalScore s) {
        return level(s) + "|" + s.tool() + "|" + s.indicator() + "|" + s.question();
    }

    static String level(CanonicalScore s) {
        return s.level().name().toLowerCase(Locale.ROOT);
    }
}
