package th.ita.insight.analytics;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.ingest.SparkSessions;
import th.ita.insight.store.DuckDbStore;
import th.ita.insight.text.Language;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole batch on the bundled sample with real Spark and a real DuckDB file; the runs build on each
 * other (the store accumulates), so they run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BatchRunTest {
    private static final Path SAMPLE = Path.of("../data/sample");
    private static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSessions.create("batch-tests", "local[2]", 2);
    }

    private static RunOptions options(List<Path> inputs, boolean fresh) {
        Path db = dir.resolve("ita.duckdb");
        return new RunOptions(inputs, db, RunOptions.defaultStore(db), RunOptions.defaultRejects(db), null, fresh,
                Language.EN, "local[2]", 2);
    }

    private static List<String> query(String sql) throws SQLException {
        return Duck.query(dir.resolve("ita.duckdb"), sql);
    }

    /** Every contract table except run_info, as sorted text: equal texts mean identical tables. */
    private static List<String> snapshot() throws SQLException {
        List<String> all = new ArrayList<>();
        for (String table : th.ita.insight.store.Schema.TABLES) {
            if (!table.equals("run_info")) {
                query("SELECT * FROM " + table + " ORDER BY ALL").forEach(r -> all.add(table + ": " + r));
            }
        }
        return all;
    }

    @Test
    @Order(1)
    void the_sample_publishes_the_seed_agencies_published_totals() throws Exception {
        RunOutcome o = new BatchRun(spark).run(options(List.of(SAMPLE), true));

        assertEquals(0, o.rejected());
        assertEquals(ExitCodes.OK, o.exitCode());
        // 45 question-level agencies, 8 of the synthetic totals-only province, 20 more from published-history.csv
        assertEquals(45 + 8 + 20, o.agencies());
        // 45 × 5 years but one missing; น่าน 8 × 11 years; 35 published totals, one of them (ท่าเดื่อ-มืดกา
        // FY2564) for an agency-year that also has question scores
        assertEquals(45 * 5 - 1 + 8 * 11 + 35 - 1, o.totals());
        assertEquals(List.of(), o.warnings(), "every published figure in the sample recomputes");
        assertEquals(List.of("96.98 GOOD ผ่านดี 98.45 91.47 100.0"), query(
                "SELECT total, grade, grade_th, iit, eit, oit FROM score_total JOIN agency USING (agency_id) "
                        + "WHERE name_th = 'องค์การบริหารส่วนตำบลนาทอน' AND fiscal_year = 2566"));
        assertEquals(List.of("95.15 99.84 94.0 92.5"), query(
                "SELECT total, iit, eit, oit FROM score_total JOIN agency USING (agency_id) "
                        + "WHERE name_th = 'องค์การบริหารส่วนตำบลนาโสม' AND fiscal_year = 2566"));
        assertEquals(List.of("88.37 A published 88.37 88.37 A"), query("SELECT total, grade, origin, computed_total, "
                + "published_total, published_label FROM score_total JOIN agency USING (agency_id) "
                + "WHERE name_th = 'เทศบาลตำบลท่าเดื่อ-มืดกา' AND fiscal_year = 2564"));
        assertEquals(List.of("1 99.44 items 6 6", "7 91.26 items 5 5", "10 100.0 items 13 13"), query(
                "SELECT indicator, score, origin, items_scored, items_expected FROM score_indicator "
                        + "JOIN agency USING (agency_id) WHERE name_th = 'องค์การบริหารส่วนตำบลนาทอน' "
                        + "AND fiscal_year = 2566 AND indicator IN (1, 7, 10) ORDER BY indicator"));
    }

    @Test
    @Order(2)
    void the_same_agency_read_from_three_files_in_two_encodings_is_one_agency() throws SQLException {
        assertEquals(List.of("อบต. สตูล Satun south 2564 2568"), query(
                "SELECT agency_type, province, province_en, region, first_year, last_year FROM agency "
                        + "WHERE name_th = 'องค์การบริหารส่วนตำบลนาทอน'"));
        assertEquals(List.of("2564 2565 2567 2568"), query(
                "SELECT string_agg(CAST(fiscal_year AS VARCHAR), ' ' ORDER BY fiscal_year) FROM score_total "
                        + "JOIN agency USING (agency_id) WHERE name_th LIKE '%แม่แฝก'"));
    }

    @Test
    @Order(3)
    void every_published_total_is_traceable_to_input_lines() throws SQLException, IOException {
        // One question score, followed back to its line in the Windows-874 file.
        List<String> row = query("SELECT q.score, q.source_file, q.source_line FROM score_question q "
                + "JOIN agency a USING (agency_id) WHERE a.name_th = 'องค์การบริหารส่วนตำบลหนองหลวง' "
                + "AND q.fiscal_year = 2567 AND q.question = 'e6'");
        assertEquals(1, row.size());
        String[] parts = row.get(0).split(" ");
        assertTrue(parts[1].endsWith("ita-2567-wide-windows874.csv"), parts[1]);
        String line = Files.readAllLines(SAMPLE.resolve("ita-2567-wide-windows874.csv"),
                java.nio.charset.Charset.forName("x-windows-874")).get(Integer.parseInt(parts[2]) - 1);
        assertTrue(line.startsWith("อบต.หนองหลวง,"), line);
        // Recompute every total from the published indicator rows with the catalog weights.
        assertEquals(List.of("0"), query("""
                WITH tool AS (
                  SELECT agency_id, fiscal_year, i.tool, avg(i.score) AS s
                  FROM score_indicator i GROUP BY ALL)
                SELECT count(*) FROM score_total t
                JOIN (SELECT agency_id, fiscal_year, sum(s * w.weight) AS total FROM tool
                      JOIN catalog_tool w USING (fiscal_year, tool) GROUP BY ALL) r USING (agency_id, fiscal_year)
                WHERE abs(t.total - r.total) > 0.011"""));
    }

    @Test
    @Order(4)
    void running_again_on_the_same_input_gives_identical_tables() throws Exception {
        List<String> before = snapshot();
        new BatchRun(spark).run(options(List.of(SAMPLE), false));
        assertEquals(before, snapshot());
    }

    @Test
    @Order(5)
    void a_file_with_bad_rows_completes_with_rejects_and_keeps_every_other_agency_year() throws Exception {
        Path bad = dir.resolve("fy2568-corrections.csv");
        Files.writeString(bad, String.join("\n",
                "agency_name,agency_type,province,fiscal_year,question,score",
                "องค์การบริหารส่วนตำบลนาทอน,อบต.,สตูล,2568,i1,50",
                "องค์การบริหารส่วนตำบลนาทอน,อบต.,สตูล,2568,i99,50",
                "องค์การบริหารส่วนตำบลนาทอน,อบต.,สตูล,2568,i2,๑๒๐") + "\n", StandardCharsets.UTF_8);
        long questionsBefore = Long.parseLong(query("SELECT count(*) FROM score_question").get(0));

        RunOutcome o = new BatchRun(spark).run(options(List.of(bad), false));

        assertEquals(ExitCodes.COMPLETED_WITH_REJECTS, o.exitCode());
        assertEquals(2, o.rejected());
        List<String> report = Files.readAllLines(RunOptions.defaultRejects(dir.resolve("ita.duckdb")), StandardCharsets.UTF_8);
        assertEquals("\uFEFFfile,line,column,value,reason,reason_th,reason_en", report.get(0));
        assertTrue(report.get(1).contains(",3,question,i99,UNKNOWN_QUESTION,"), report.get(1));
        assertTrue(report.get(2).contains(",4,score,๑๒๐,SCORE_OUT_OF_RANGE,"), report.get(2));
        // นาทอน FY2568 is replaced by the one question of the new file (no total: tools incomplete) …
        assertEquals(List.of("1"), query("SELECT count(*) FROM score_question JOIN agency USING (agency_id) "
                + "WHERE name_th = 'องค์การบริหารส่วนตำบลนาทอน' AND fiscal_year = 2568"));
        assertEquals(List.of("0"), query("SELECT count(*) FROM score_total JOIN agency USING (agency_id) "
                + "WHERE name_th = 'องค์การบริหารส่วนตำบลนาทอน' AND fiscal_year = 2568"));
        // … and every other agency-year is kept.
        long fy2568Items = Long.parseLong(query("SELECT count(*) FROM catalog_question WHERE fiscal_year = 2568").get(0));
        assertEquals(71, fy2568Items);
        assertEquals(List.of(String.valueOf(questionsBefore - fy2568Items + 1)), query("SELECT count(*) FROM score_question"));
        assertEquals(List.of("96.98"), query("SELECT total FROM score_total JOIN agency USING (agency_id) "
                + "WHERE name_th = 'องค์การบริหารส่วนตำบลนาทอน' AND fiscal_year = 2566"));
    }

    @Test
    @Order(6)
    void an_unreadable_input_exits_2_and_leaves_the_database_and_store_untouched() throws Exception {
        Path db = dir.resolve("ita.duckdb");
        byte[] before = Files.readAllBytes(db);
        String pointer = Files.readString(RunOptions.defaultStore(db).resolve("CURRENT"));
        Path garbage = dir.resolve("garbage.csv");
        Files.write(garbage, new byte[]{0, 1, 2, 3});
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = BatchCli.execute(new String[]{"run", "--input", garbage.toString(), "--db", db.toString(),
                "--lang", "en", "--master", "local[2]"}, new PrintWriter(out, true), new PrintWriter(err, true));

        assertEquals(ExitCodes.FATAL_INPUT, code);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("ita: " + garbage + ": binary content"), err.toString());
        assertTrue(err.toString().contains("nothing was published"));
        assertArrayEquals(before, Files.readAllBytes(db));
        assertEquals(pointer, Files.readString(RunOptions.defaultStore(db).resolve("CURRENT")));
    }

    @Test
    @Order(7)
    void the_cli_runs_the_sample_and_prints_a_summary_in_thai() throws IOException {
        StringWriter out = new StringWriter();
        Path db = dir.resolve("cli.duckdb");
        int code = BatchCli.execute(new String[]{"run", "--input", SAMPLE.toString(), "--db", db.toString(),
                "--master", "local[2]"}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertEquals(0, code, out.toString());
        assertTrue(out.toString().contains("ITA Insight: ประมวลผลรอบ"), out.toString());
        assertTrue(out.toString().contains("ita-2567-wide-windows874.csv: WIDE, Windows-874, ','-separated, 45 แถว"),
                out.toString());
        assertTrue(out.toString().contains("ไม่มีแถวที่ถูกปฏิเสธ"), out.toString());
        assertTrue(Files.exists(db));
        assertFalse(Files.exists(db.resolveSibling(db.getFileName() + ".wal")));
    }

    @Test
    @Order(8)
    void usage_errors_exit_2_and_help_lists_every_option() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(2, BatchCli.execute(new String[]{"run", "--db", "x.duckdb"}, new PrintWriter(out, true),
                new PrintWriter(err, true)));
        assertTrue(err.toString().contains("Missing required option: '--input=PATH'"), err.toString());
        StringWriter help = new StringWriter();
        assertEquals(0, BatchCli.execute(new String[]{"run", "--help"}, new PrintWriter(help, true),
                new PrintWriter(new StringWriter(), true)));
        for (String option : List.of("--input", "--db", "--format", "--rejects", "--store", "--fresh", "--lang", "--master")) {
            assertTrue(help.toString().contains(option), option);
        }
    }

    @Test
    @Order(9)
    void a_first_run_whose_every_row_is_rejected_publishes_an_empty_database_not_an_internal_error() throws Exception {
        // Regression: DuckDB's read_parquet failed on a store version without Parquet files (exit 1).
        Path bad = dir.resolve("all-bad.csv");
        Files.writeString(bad, "agency_name,fiscal_year,question,score\nอบต.นาทอน,2566,i99,50\n", StandardCharsets.UTF_8);
        Path db = dir.resolve("empty.duckdb");
        RunOptions o = new RunOptions(List.of(bad), db, RunOptions.defaultStore(db), RunOptions.defaultRejects(db), null,
                true, Language.EN, "local[2]", 2);

        RunOutcome outcome = new BatchRun(spark).run(o);

        assertEquals(ExitCodes.COMPLETED_WITH_REJECTS, outcome.exitCode());
        try (Connection c = DuckDbStore.openReadOnly(db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM agency), (SELECT count(*) FROM run_info)")) {
            rs.next();
            assertEquals(0, rs.getLong(1));
            assertEquals(1, rs.getLong(2));
        }
    }
}
