package th.ita.insight.analytics.steps;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import th.ita.insight.agency.ProvinceRegistry;

import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;

/**
 * The store's spellings ({@code CanonicalRows.SPELLING}: how each agency-year, level and file names its
 * agency) → the agency table: one row per agency id, named as in its latest year (agencies are
 * renamed, e.g. an อบต. upgraded to a เทศบาลตำบล), with the province's English name and region.
 */
public final class AgencyStep {
    private static final StructType PROVINCE = new StructType()
            .add("p_name_th", DataTypes.StringType, false)
            .add("province_en", DataTypes.StringType, false)
            .add("region", DataTypes.StringType, false);

    private AgencyStep() {
    }

    public static Dataset<Row> apply(SparkSession spark, Dataset<Row> spellings) {
        List<Row> provinces = ProvinceRegistry.bundled().all().stream()
                .map(p -> RowFactory.create(p.nameTh(), p.nameEn(), p.region())).toList();
        Dataset<Row> provinceTable = spark.createDataFrame(provinces, PROVINCE);
        // Latest year wins; within it the last file and line, so a re-run always picks the same spelling.
        // The levels of one line name the agency alike, so they are one spelling here.
        Dataset<Row> perFile = spellings.groupBy("agency_id", "fiscal_year", "source_file", "agency_name",
                "agency_type", "agency_type_code", "province").agg(max("source_line").as("source_line"));
        org.apache.spark.sql.Column order = struct(col("fiscal_year"), col("source_file"), col("source_line"));
        Dataset<Row> latest = perFile.groupBy("agency_id").agg(
                max_by(col("agency_name"), order).as("name_th"),
                max_by(col("agency_type"), order).as("agency_type"),
                max_by(col("agency_type_code"), order).as("agency_type_code"),
                max_by(col("province"), order).as("province"),
                min("fiscal_year").as("first_year"),
                max("fiscal_year").as("last_year"));
        return latest.join(provinceTable, latest.col("province").equalTo(provinceTable.col("p_name_th")), "left")
                .select(col("agency_id"), col("name_th"), col("agency_type"), col("agency_type_code"),
                        col("province"), col("province_en"), col("region"), col("first_year"), col("last_year"));
    }
}
