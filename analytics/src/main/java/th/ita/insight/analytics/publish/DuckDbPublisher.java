package th.ita.insight.analytics.publish;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import th.ita.insight.analytics.steps.AnalysisStep;
import th.ita.insight.analytics.steps.PeerStep;
import th.ita.insight.analytics.steps.RollupStep;
import th.ita.insight.measures.MeasureCatalog;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.ingest.store.CanonicalStore;
import th.ita.insight.store.AtomicPublisher;
import th.ita.insight.store.SqlScripts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Publishes a run: Spark writes each derived table as Parquet into a staging folder, DuckDB bulk-loads
 * them (no row-by-row JDBC), and {@link AtomicPublisher} swaps the finished file in.
 */
public final class DuckDbPublisher {
    /** Tables Spark writes as Parquet and DuckDB loads whole, column for column. */
    private static final String[] DERIVED = {"score_indicator", "score_tool", "score_total", "run_note", "peer_stats",
            "peer_rank"};
    /** Where the per-agency analysis is staged: one Parquet, one row per agency, an array per table of {@link AnalysisStep.Analysis#TABLES}. */
    private static final String ANALYSIS = "analysis";

    /** Computes weak_share from weak_item, agency and peer_stats once they are loaded. */
    private static final String WEAK_SHARE = SqlScripts.read("publish/weak_share.sql");

    private final Path db;

    public DuckDbPublisher(Path db) {
        this.db = db.toAbsolutePath().normalize();
    }

    public void publish(Path storeVersion, Dataset<Row> agencies, RollupStep.Derived derived, PeerStep.Peers peers,
                        AnalysisStep.Analysis analysis, Catalogs catalogs, RunInfo info) throws IOException, SQLException {
        publish(storeVersion, agencies, derived, peers, analysis, catalogs, info, () -> { });
    }

    /**
     * @param staged called once Spark has written every table to staging: Spark is lazy, so that is where
     *               the analytics are computed, and what follows is the DuckDB load alone
     */
    public void publish(Path storeVersion, Dataset<Row> agencies, RollupStep.Derived derived, PeerStep.Peers peers,
                        AnalysisStep.Analysis analysis, Catalogs catalogs, RunInfo info, Runnable staged)
            throws IOException, SQLException {
        Path staging = db.getParent().resolve("." + db.getFileName() + ".staging-" + info.runId());
        try {
            agencies.write().option("compression", "snappy").parquet(staging.resolve("agency").toString());
            derived.indicators().write().option("compression", "snappy").parquet(staging.resolve("score_indicator").toString());
            derived.tools().write().option("compression", "snappy").parquet(staging.resolve("score_tool").toString());
            derived.totals().write().option("compression", "snappy").parquet(staging.resolve("score_total").toString());
            derived.notes().write().option("compression", "snappy").parquet(staging.resolve("run_note").toString());
            peers.stats().write().option("compression", "snappy").parquet(staging.resolve("peer_stats").toString());
            peers.ranks().write().option("compression", "snappy").parquet(staging.resolve("peer_rank").toString());
            // The four analysis tables in one pass; DuckDB unnests each table's array.
            analysis.perAgency().write().option("compression", "snappy").parquet(staging.resolve(ANALYSIS).toString());
            staged.run();
            AtomicPublisher.publish(db, info.runId(), c -> {
                CatalogTables.insert(c, catalogs);
                MeasureTable.insert(c, MeasureCatalog.bundled(), catalogs);
                try (Statement st = c.createStatement()) {
                    // A run whose every row was rejected leaves tables without Parquet files: they stay empty.
                    if (hasParquet(staging.resolve("agency"))) {
                        st.execute("INSERT INTO agency SELECT agency_id, name_th, agency_type, agency_type_code, "
                                + "province, province_en, region, first_year, last_year FROM " + parquet(staging, "agency"));
                    }
                    if (hasScores(storeVersion)) {
                        st.execute("INSERT INTO score_question SELECT agency_id, CAST(fiscal_year AS INTEGER), tool, "
                                + "indicator, question, score, source_file, source_line FROM read_parquet("
                                + quote(storeVersion.resolve("fiscal_year=*").resolve("*.parquet")) + ", hive_partitioning = true) "
                                + "WHERE level = 'question'");
                    }
                    for (String table : DERIVED) {
                        if (hasParquet(staging.resolve(table))) {
                            st.execute("INSERT INTO " + table + " SELECT * FROM " + parquet(staging, table));
                        }
                    }
                    if (hasParquet(staging.resolve(ANALYSIS))) {
                        for (String table : AnalysisStep.Analysis.TABLES) {
                            st.execute("INSERT INTO " + table + " SELECT unnest(" + table + ", recursive := true) FROM "
                                    + parquet(staging, ANALYSIS));
                        }
                    }
                    // Counted here, from the tables just loaded: a few hundred thousand rows for DuckDB, where
                    // Spark had to read the weak items back from staging (~5 s at national size).
                    st.execute(WEAK_SHARE);
                }
                insertRunInfo(c, info);
                SelfAssessmentCarryOver.copy(c, db);
            });
        } finally {
            CanonicalStore.deleteTree(staging);
        }
    }

    private static void insertRunInfo(Connection c, RunInfo info) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO run_info VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, info.runId());
            ps.setTimestamp(2, Timestamp.from(info.startedAt()));
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            ps.setString(4, info.inputs());
            ps.setLong(5, info.rowsIn());
            ps.setLong(6, info.rowsLoaded());
            ps.setLong(7, info.rowsRejected());
            ps.setLong(8, info.rowsStored());
            ps.setString(9, info.catalogVersion());
            ps.setString(10, info.appVersion());
            ps.executeUpdate();
        }
    }

    private static boolean hasParquet(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
        }
    }

    /** A version's scores are its {@code fiscal_year=…} folders (beside them, the agencies' spellings). */
    private static boolean hasScores(Path storeVersion) throws IOException {
        try (Stream<Path> files = Files.walk(storeVersion)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet")
                    && p.getParent().getFileName().toString().startsWith("fiscal_year="));
        }
    }

    private static String parquet(Path staging, String table) {
        return "read_parquet(" + quote(staging.resolve(table).resolve("*.parquet")) + ")";
    }

    /** Paths are ours (run id + configured db path), but quote them properly all the same. */
    private static String quote(Path path) {
        return "'" + path.toString().replace("'", "''") + "'";
    }
}
