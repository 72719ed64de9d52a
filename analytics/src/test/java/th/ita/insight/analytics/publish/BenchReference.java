package th.ita.insight.analytics.publish;

import th.ita.insight.agency.AgencyType;
import th.ita.insight.agency.Province;
import th.ita.insight.agency.ProvinceRegistry;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.catalog.YearCatalog;
import th.ita.insight.measures.Measure;
import th.ita.insight.measures.MeasureCatalog;
import th.ita.insight.store.Schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * The inputs the benchmark's baselines need besides the score files, as CSV: the catalog tables exactly
 * as the batch publishes them ({@link CatalogTables}, the same code), the measures catalog with each
 * measure's codes per year, the agency-type labels and the provinces. They are reference data, not
 * derived tables, so the baselines read them instead of re-implementing the catalog loader.
 * Usage: {@code BenchReference OUT_DIR}.
 */
public final class BenchReference {
    private BenchReference() {
    }

    public static void main(String[] args) throws Exception {
        write(Path.of(args[0]));
    }

    public static void write(Path dir) throws SQLException, IOException {
        Files.createDirectories(dir);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            Schema.create(c);
            CatalogTables.insert(c, Catalogs.bundled());
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE agency_type (label VARCHAR, code VARCHAR, short_th VARCHAR, name_th VARCHAR)");
                st.execute("CREATE TABLE province (label VARCHAR, name_th VARCHAR, code VARCHAR, region VARCHAR)");
            }
            try (PreparedStatement type = c.prepareStatement("INSERT INTO agency_type VALUES (?, ?, ?, ?)");
                 PreparedStatement province = c.prepareStatement("INSERT INTO province VALUES (?, ?, ?, ?)")) {
                for (AgencyType t : AgencyType.values()) {
                    // The labels an input may use, lower-cased; the national set uses the short Thai ones.
                    for (String label : new String[]{t.shortTh(), t.nameTh(), t.nameEn(), t.code()}) {
                        type.setString(1, label.toLowerCase(Locale.ROOT));
                        type.setString(2, t.code());
                        type.setString(3, t.shortTh());
                        type.setString(4, t.nameTh());
                        type.addBatch();
                    }
                }
                type.executeBatch();
                for (Province p : ProvinceRegistry.bundled().all()) {
                    for (String label : new String[]{p.nameTh(), p.nameEn()}) {
                        province.setString(1, label);
                        province.setString(2, p.nameTh());
                        province.setString(3, p.code());
                        province.setString(4, p.region());
                        province.addBatch();
                    }
                }
                province.executeBatch();
            }
            measures(c);
            try (Statement st = c.createStatement()) {
                copy(st, "SELECT * FROM measure_ref", dir, "measure");
                copy(st, "SELECT * FROM measure_code", dir, "measure_code");
                copy(st, "SELECT DISTINCT * FROM agency_type", dir, "agency_type");
                copy(st, "SELECT DISTINCT * FROM province", dir, "province");
                copy(st, "SELECT fiscal_year, framework, method_break FROM catalog_year", dir, "catalog_year");
                copy(st, "SELECT fiscal_year, tool, weight FROM catalog_tool", dir, "catalog_tool");
                copy(st, "SELECT fiscal_year, indicator, tool FROM catalog_indicator", dir, "catalog_indicator");
                // The catalog's own item order: the batch adds an indicator's items up in this order.
                // comparable_to: the code the item had the year before, which carries a weak streak over (docs/catalog.md).
                copy(st, "SELECT fiscal_year, code, tool, indicator, weight, row_number() OVER () AS item_order, "
                        + "comparable_to, text_th, text_en FROM catalog_question", dir, "catalog_question");
            }
        }
    }

    /**
     * The measures catalog in catalog order, and each measure's question and OIT codes as every items year
     * numbers them ({@link MeasureCatalog#questionsIn}, {@link MeasureCatalog#oitRefsIn}: the catalog's own
     * translation through comparable_to, reference data like the catalog tables).
     */
    private static void measures(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE measure_ref (measure_id VARCHAR, position INTEGER, theme_th VARCHAR, theme_en VARCHAR, "
                    + "title_th VARCHAR, title_en VARCHAR, oit_topics VARCHAR)");
            st.execute("CREATE TABLE measure_code (measure_id VARCHAR, fiscal_year INTEGER, kind VARCHAR, code VARCHAR, "
                    + "code_order INTEGER)");
        }
        MeasureCatalog catalog = MeasureCatalog.bundled();
        Catalogs catalogs = Catalogs.bundled();
        try (PreparedStatement measure = c.prepareStatement("INSERT INTO measure_ref VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement code = c.prepareStatement("INSERT INTO measure_code VALUES (?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Measure m : catalog.measures()) {
                measure.setString(1, m.id());
                measure.setInt(2, position++);
                measure.setString(3, m.theme().titleTh());
                measure.setString(4, m.theme().titleEn());
                measure.setString(5, m.titleTh());
                measure.setString(6, m.titleEn());
                measure.setString(7, String.join(",", m.oitTopics()));
                measure.addBatch();
                for (YearCatalog year : catalogs.all()) {
                    addCodes(code, m.id(), year.fiscalYear(), "question", catalog.questionsIn(m, year, catalogs));
                    addCodes(code, m.id(), year.fiscalYear(), "oit", catalog.oitRefsIn(m, year));
                }
            }
            measure.executeBatch();
            code.executeBatch();
        }
    }

    private static void addCodes(PreparedStatement code, String measureId, int year, String kind, List<String> codes)
            throws SQLException {
        for (int i = 0; i < codes.size(); i++) {
            code.setString(1, measureId);
            code.setInt(2, year);
            code.setString(3, kind);
            code.setString(4, codes.get(i));
            code.setInt(5, i);
            code.addBatch();
        }
    }

    private static void copy(Statement st, String query, Path dir, String table) throws SQLException {
        String file = dir.resolve(table + ".csv").toAbsolutePath().toString().replace("'", "''");
        st.execute("COPY (" + query + ") TO '" + file + "' (HEADER)");
    }
}
