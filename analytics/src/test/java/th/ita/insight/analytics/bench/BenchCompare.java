package th.ita.insight.analytics.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The benchmark's equality check: the batch's published tables against a baseline's, row by row on their
 * keys. A table agrees when both have exactly the same keys, the exact columns (counts, ranks, flags,
 * words) are equal and every score differs by at most {@link #TOLERANCE}. Scores are published rounded to 2
 * decimals by every engine, so two correct answers are either equal or one cent apart where the
 * unrounded value is an exact tie (x.xx5) that float additions in another order put on the other side;
 * a cent is tolerated for at most {@link #MAX_CENT_SHARE} of a table's rows, so a systematic off-by-a-cent
 * error still fails.
 * <p>Usage: {@code BenchCompare OURS.duckdb DUCKDB_BASELINE.duckdb PANDAS_DIR}; exit 1 when anything differs.
 */
public final class BenchCompare {
    static final double TOLERANCE = 0.01 + 1e-9;
    static final double MAX_CENT_SHARE = 0.001;

    /** A compared table: its keys, the columns that must be equal, and the scores. */
    record Spec(String table, List<String> keys, List<String> exact, List<String> scores) {
    }

    private static final List<Spec> CORE = List.of(
            new Spec("score_indicator", List.of("agency_id", "fiscal_year", "indicator"), List.of("tool", "items_scored"),
                    List.of("score")),
            new Spec("score_tool", List.of("agency_id", "fiscal_year", "tool"), List.of(), List.of("score")),
            new Spec("score_total", List.of("agency_id", "fiscal_year"), List.of("published_total"),
                    List.of("total", "computed_total")),
            new Spec("peer_stats", List.of("fiscal_year", "peer_group", "group_key", "level", "key"), List.of("n"),
                    List.of("mean", "p10", "p25", "p50", "p75", "p90")));

    /** The weak items as published: every rule, the streak, the severity and the reasons in both languages. */
    static final Spec WEAK_ITEM = new Spec("weak_item", List.of("agency_id", "fiscal_year", "level", "key"),
            List.of("tool", "indicator", "reasons", "years_weak", "severity", "reason_th", "reason_en"),
            List.of("score", "peer_median", "gap"));
    /** Where each total and tool score stands in each of its peer groups. */
    static final Spec PEER_RANK = new Spec("peer_rank",
            List.of("agency_id", "fiscal_year", "peer_group", "group_key", "level", "key"),
            List.of("rank", "n", "percentile"), List.of("score"));

    /** Each figure's direction over each run of comparable years. */
    static final Spec TREND = new Spec("trend", List.of("agency_id", "level", "key", "first_year"),
            List.of("last_year", "years", "direction", "method_changed"),
            List.of("first_score", "last_score", "delta_yoy", "slope"));

    /** The measures recommended to each agency-year, ranked, with the arithmetic behind them in both languages. */
    static final Spec RECOMMENDATION = new Spec("recommendation", List.of("agency_id", "fiscal_year", "measure_id"),
            List.of("rank", "theme_th", "theme_en", "title_th", "title_en", "questions", "oit_refs", "rationale_th",
                    "rationale_en"),
            List.of("expected_gain"));
    /** Each weak item's part in a recommended measure. */
    static final Spec RECOMMENDATION_ITEM = new Spec("recommendation_item",
            List.of("agency_id", "fiscal_year", "measure_id", "code"), List.of("target"),
            List.of("score", "share", "gain"));

    /** The tables both baselines compute, compared with the batch's. */
    static final List<Spec> TABLES = Stream.concat(CORE.stream(),
            Stream.of(PEER_RANK, TREND, WEAK_ITEM, RECOMMENDATION, RECOMMENDATION_ITEM)).toList();

    /** Columns pandas writes that DuckDB's CSV reader would take for numbers, and texts that may be empty. */
    private static final Map<String, String> PANDAS_TYPES = Map.of(
            "peer_stats", "{'group_key': 'VARCHAR', 'key': 'VARCHAR'}",
            "peer_rank", "{'group_key': 'VARCHAR', 'key': 'VARCHAR'}",
            "trend", "{'key': 'VARCHAR'}",
            "weak_item", "{'key': 'VARCHAR'}",
            "recommendation", "{'questions': 'VARCHAR', 'oit_refs': 'VARCHAR'}",
            "recommendation_item", "{'code': 'VARCHAR'}");

    /** What one table comparison found. */
    record Result(String table, long oursRows, long otherRows, long onlyOurs, long onlyOther, long exactDiffer,
                  double maxDelta, long centApart, long overTolerance) {
        boolean ok() {
            long matched = oursRows - onlyOurs;
            return onlyOurs == 0 && onlyOther == 0 && exactDiffer == 0 && overTolerance == 0
                    && centApart <= Math.max(1, (long) Math.floor(MAX_CENT_SHARE * matched));
        }

        String line(String other) {
            return String.format(Locale.ROOT, "compare ours~%-7s %-16s rows %,10d / %,10d  only-ours %d  only-%s %d  "
                            + "exact-differ %d  max|Δ| %.4f  one-cent %d  over-tol %d  %s", other, table, oursRows,
                    otherRows, onlyOurs, other, onlyOther, exactDiffer, maxDelta, centApart, overTolerance,
                    ok() ? "OK" : "DIFFERENT");
        }
    }

    private BenchCompare() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            attach(st, "ours", Path.of(args[0]));
            attach(st, "duckdb", Path.of(args[1]));
            pandasViews(st, Path.of(args[2]));
            boolean ok = true;
            for (String other : List.of("duckdb", "pandas")) {
                for (Result r : compare(c, TABLES, "ours", other)) {
                    System.out.println(r.line(other));
                    ok &= r.ok();
                }
            }
            System.out.println("compare: " + (ok ? "all three agree" : "RESULTS DIFFER"));
            System.exit(ok ? 0 : 1);
        }
    }

    /** A DuckDB file with the compared tables (the batch's publish or the DuckDB baseline's) as schema {@code name}. */
    static void attach(Statement st, String name, Path db) throws SQLException {
        st.execute("ATTACH '" + quote(db) + "' AS " + name + "_db (READ_ONLY)");
        st.execute("CREATE SCHEMA " + name);
        for (Spec s : TABLES) {
            st.execute("CREATE VIEW " + name + "." + s.table() + " AS SELECT * FROM " + name + "_db." + s.table());
        }
    }

    /** pandas writes CSV: an empty text reads back as NULL, so the texts that may be empty are read as ''. */
    static void pandasViews(Statement st, Path dir) throws SQLException {
        st.execute("CREATE SCHEMA pandas");
        for (Spec s : TABLES) {
            String types = PANDAS_TYPES.containsKey(s.table()) ? ", types = " + PANDAS_TYPES.get(s.table()) : "";
            String columns = s.table().equals("recommendation")
                    ? "* REPLACE (coalesce(questions, '') AS questions, coalesce(oit_refs, '') AS oit_refs)" : "*";
            st.execute("CREATE VIEW pandas." + s.table() + " AS SELECT " + columns + " FROM read_csv('"
                    + quote(dir.resolve(s.table() + ".csv")) + "', header = true" + types + ")");
        }
    }

    /** Compares each of these tables of schema {@code ours} with the same table of schema {@code other}. */
    static List<Result> compare(Connection c, List<Spec> tables, String ours, String other) throws SQLException {
        List<Result> out = new ArrayList<>();
        for (Spec s : tables) {
            out.add(compare(c, s, ours, other));
        }
        return out;
    }

    static Result compare(Connection c, Spec s, String ours, String other) throws SQLException {
        String on = s.keys().stream().map(k -> "a." + k + " = b." + k).collect(Collectors.joining(" AND "));
        String exact = s.exact().isEmpty() ? "false"
                : s.exact().stream().map(e -> "a." + e + " IS DISTINCT FROM b." + e).collect(Collectors.joining(" OR "));
        String delta = s.scores().stream()
                .map(v -> "coalesce(abs(a." + v + " - b." + v + "), CASE WHEN (a." + v + " IS NULL) = (b." + v
                        + " IS NULL) THEN 0 ELSE 100 END)")
                .collect(Collectors.joining(", "));
        String d = s.scores().size() == 1 ? delta : "greatest(" + delta + ")";
        String sql = "WITH j AS (SELECT (" + exact + ") AS exact_differ, " + d + " AS d FROM " + ours + "." + s.table()
                + " a JOIN " + other + "." + s.table() + " b ON " + on + ") SELECT "
                + "(SELECT count(*) FROM " + ours + "." + s.table() + "), "
                + "(SELECT count(*) FROM " + other + "." + s.table() + "), "
                + "(SELECT count(*) FROM j), count_if(exact_differ), coalesce(max(d), 0), "
                + "count_if(d > 0.005 AND d <= " + TOLERANCE + "), count_if(d > " + TOLERANCE + ") FROM j";
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            long a = rs.getLong(1);
            long b = rs.getLong(2);
            long matched = rs.getLong(3);
            return new Result(s.table(), a, b, a - matched, b - matched, rs.getLong(4), rs.getDouble(5), rs.getLong(6),
                    rs.getLong(7));
        }
    }

    private static String quote(Path p) {
        return p.toAbsolutePath().toString().replace("'", "''");
    }
}
