package th.ita.insight.analytics.bench;

import th.ita.insight.store.SqlScripts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Benchmark baseline A: the batch's derived tables computed with plain DuckDB SQL over JDBC, in the
 * same kind of JVM as the batch, from the same CSV files — to show what the Spark pipeline costs.
 * It knows only the two shapes of the national set (one wide CSV per item year, one long totals CSV)
 * and the validation those files need (unknown agency type or province → row rejected; a cell that is
 * not a number or outside 0–100 → cell rejected; conflicting duplicates → all rejected), and it derives
 * score_indicator, score_tool, score_total, peer_stats, peer_rank, trend, weak_item (every rule, the
 * streak, the severity and the reasons in Thai and English), recommendation and recommendation_item (the
 * rationales in both languages) by the rules of docs/analytics.md — every derived table the batch
 * publishes but the three small ones (weak_share, run_note, agency). Arithmetic and
 * rounding are the batch's, so the results are equal, not merely close: means added up as Java's
 * {@code DoubleStream} does (Kahan, in catalog order), half-up of the shortest decimal form for scores
 * ({@code Rounding.twoDecimals}), half-even for peer statistics (Spark's {@code bround}).
 * The SQL is in the test resources, one script per step ({@code bench/duckdb/*.sql}).
 * <p>Usage: {@code DuckDbBaseline INPUT_DIR REFERENCE_DIR OUT.duckdb}; prints one line per phase to stderr.
 */
public final class DuckDbBaseline {
    /** The analytics scripts in the order they run (bench/duckdb/*.sql in the test resources). */
    static final List<String> ANALYTICS = List.of("scores", "trends", "weak_items", "recommendations");
    /** A statement ends with a semicolon at the end of a line (texts inside statements hold "; " only). */
    private static final Pattern STATEMENT_END = Pattern.compile(";\\s*$", Pattern.MULTILINE);
    /** Comment lines are for the reader of the script: dropped before it is cut into statements. */
    private static final Pattern COMMENT_LINE = Pattern.compile("^\\s*--.*$", Pattern.MULTILINE);

    private DuckDbBaseline() {
    }

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]).toAbsolutePath();
        Path reference = Path.of(args[1]).toAbsolutePath();
        Path out = Path.of(args[2]).toAbsolutePath();
        Files.deleteIfExists(out);
        BenchPhases phases = new BenchPhases("duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            phases.end("start");
            Map<String, String> paths = Map.of("${input}", sqlPath(input), "${ref}", sqlPath(reference));
            run(st, script("ingest", paths));
            phases.end("ingest");
            for (String step : ANALYTICS) {
                run(st, script(step, Map.of()));
            }
            phases.end("analytics");
            run(st, publish(out));
            phases.end("publish");
        }
        phases.print();
    }

    /** With {@code -Dita.bench.trace=true}, each statement's time goes to stderr (to see where the time goes). */
    private static void run(Statement st, List<String> statements) throws SQLException {
        boolean trace = Boolean.getBoolean("ita.bench.trace");
        for (String sql : statements) {
            long start = System.nanoTime();
            st.execute(sql);
            if (trace) {
                System.err.printf(Locale.ROOT, "duckdb: %6.2f s  %s%n", (System.nanoTime() - start) / 1e9,
                        sql.lines().findFirst().orElse(""));
            }
        }
    }

    /** The statements of bench/duckdb/NAME.sql, with each placeholder replaced. */
    static List<String> script(String name, Map<String, String> placeholders) {
        String sql = COMMENT_LINE.matcher(SqlScripts.read("bench/duckdb/" + name + ".sql")).replaceAll("");
        for (Map.Entry<String, String> p : placeholders.entrySet()) {
            sql = sql.replace(p.getKey(), p.getValue());
        }
        return STATEMENT_END.splitAsStream(sql).map(String::strip).filter(st -> !st.isEmpty()).toList();
    }

    /** A folder as it goes into a quoted SQL string: absolute, quotes doubled, no trailing slash. */
    private static String sqlPath(Path dir) {
        return dir.toAbsolutePath().normalize().toString().replace("'", "''");
    }

    /** A new DuckDB file with the derived tables and the question scores, as the batch publishes them. */
    static List<String> publish(Path out) {
        String file = out.toString().replace("'", "''");
        List<String> tables = List.of("score_indicator", "score_tool", "score_total", "peer_stats", "peer_rank",
                "trend", "weak_item", "recommendation");
        java.util.ArrayList<String> sql = new java.util.ArrayList<>();
        sql.add("ATTACH '" + file + "' AS out");
        sql.add("CREATE TABLE out.score_question AS SELECT x.agency_id, x.fiscal_year, q.tool, q.indicator, "
                + "x.code AS question, x.score FROM question x JOIN cat_question q USING (fiscal_year, code)");
        for (String t : tables) {
            sql.add(String.format(Locale.ROOT, "CREATE TABLE out.%s AS SELECT * FROM %s", t, t));
        }
        sql.add("CREATE TABLE out.recommendation_item AS SELECT * EXCLUDE (part_order) FROM recommendation_item");
        sql.add("CHECKPOINT out");
        sql.add("DETACH out");
        return sql;
    }
}
