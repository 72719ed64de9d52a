package th.ita.insight.store;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares two published DuckDB files table by table: the same tables with the same columns and the
 * same rows (as multisets; order is not part of the contract). Used to check that a run on a Spark
 * cluster publishes what a local run publishes ({@code analytics/cluster/standalone-check.sh}).
 *
 * <p>Left out, because they describe the run rather than its results: {@link #RUN_SPECIFIC}.
 * Doubles must be equal; where they are not, they are compared again rounded to
 * {@value #DECIMALS} decimals (summation order may differ with the partitioning) and such a table is
 * reported as equal only within that tolerance.
 */
public final class PublishedComparison {
    /** Columns that name, time or label the run itself; every other column of the contract is compared. */
    public static final Map<String, Set<String>> RUN_SPECIFIC = Map.of("run_info",
            Collections.unmodifiableSet(new LinkedHashSet<>(List.of("run_id", "started_at", "finished_at", "app_version"))));
    static final int DECIMALS = 9;
    private static final int SHOWN = 5;

    /** The verdict on one table; {@code onlyInA}/{@code onlyInB} count rows without a match on the other side. */
    public record TableResult(String table, long rowsA, long rowsB, long onlyInA, long onlyInB,
                              boolean withinTolerance, List<String> problems) {
        public boolean equal() {
            return problems.isEmpty() && onlyInA == 0 && onlyInB == 0;
        }
    }

    private PublishedComparison() {
    }

    public static List<TableResult> compare(Path a, Path b) throws SQLException {
        return compare(a, b, RUN_SPECIFIC);
    }

    public static List<TableResult> compare(Path a, Path b, Map<String, Set<String>> excluded) throws SQLException {
        List<TableResult> results = new ArrayList<>();
        try (Connection c = DuckDbStore.openInMemory(); Statement st = c.createStatement()) {
            st.execute("ATTACH " + literal(a) + " AS a (READ_ONLY)");
            st.execute("ATTACH " + literal(b) + " AS b (READ_ONLY)");
            Set<String> tables = new LinkedHashSet<>(Schema.TABLES);
            tables.addAll(tables(c, "a"));
            tables.addAll(tables(c, "b"));
            for (String table : tables) {
                results.add(compareTable(c, table, excluded.getOrDefault(table, Set.of())));
            }
        }
        return results;
    }

    private static TableResult compareTable(Connection c, String table, Set<String> excluded) throws SQLException {
        Map<String, String> colsA = columns(c, "a", table);
        Map<String, String> colsB = columns(c, "b", table);
        List<String> problems = new ArrayList<>();
        if (colsA.isEmpty() || colsB.isEmpty()) {
            problems.add("table missing in " + (colsA.isEmpty() ? "A" : "B"));
            return new TableResult(table, -1, -1, 0, 0, false, problems);
        }
        if (!colsA.equals(colsB)) {
            problems.add("columns differ: A " + colsA + " vs B " + colsB);
            return new TableResult(table, count(c, "a", table), count(c, "b", table), 0, 0, false, problems);
        }
        List<String> compared = colsA.keySet().stream().filter(col -> !excluded.contains(col)).toList();
        String exact = compared.stream().map(PublishedComparison::ident).collect(Collectors.joining(", "));
        String rounded = compared.stream()
                .map(col -> colsA.get(col).equals("DOUBLE") || colsA.get(col).equals("FLOAT")
                        ? "round(" + ident(col) + ", " + DECIMALS + ") AS " + ident(col) : ident(col))
                .collect(Collectors.joining(", "));
        long rowsA = count(c, "a", table);
        long rowsB = count(c, "b", table);
        long onlyA = difference(c, exact, table, "a", "b");
        long onlyB = difference(c, exact, table, "b", "a");
        boolean withinTolerance = false;
        if ((onlyA > 0 || onlyB > 0) && !rounded.equals(exact)
                && difference(c, rounded, table, "a", "b") == 0 && difference(c, rounded, table, "b", "a") == 0) {
            onlyA = 0;
            onlyB = 0;
            withinTolerance = true;
        }
        if (onlyA > 0) {
            problems.add(onlyA + " row(s) only in A, e.g. " + sample(c, rounded, table, "a", "b"));
        }
        if (onlyB > 0) {
            problems.add(onlyB + " row(s) only in B, e.g. " + sample(c, rounded, table, "b", "a"));
        }
        return new TableResult(table, rowsA, rowsB, onlyA, onlyB, withinTolerance, problems);
    }

    private static long difference(Connection c, String cols, String table, String from, String minus) throws SQLException {
        return single(c, "SELECT count(*) FROM (" + except(cols, table, from, minus) + ")");
    }

    private static String except(String cols, String table, String from, String minus) {
        return "SELECT " + cols + " FROM " + from + ".main." + ident(table)
                + " EXCEPT ALL SELECT " + cols + " FROM " + minus + ".main." + ident(table);
    }

    private static List<String> sample(Connection c, String cols, String table, String from, String minus) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(except(cols, table, from, minus) + " LIMIT " + SHOWN)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    values.add(rs.getMetaData().getColumnName(i) + "=" + rs.getString(i));
                }
                rows.add("(" + String.join(", ", values) + ")");
            }
        }
        return rows;
    }

    private static Set<String> tables(Connection c, String catalog) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name FROM information_schema.tables "
                + "WHERE table_catalog = ? AND table_schema = 'main' ORDER BY table_name")) {
            ps.setString(1, catalog);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    /** Column name → type, in the table's order; empty when the table does not exist. */
    private static Map<String, String> columns(Connection c, String catalog, String table) throws SQLException {
        Map<String, String> cols = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT column_name, data_type FROM information_schema.columns "
                + "WHERE table_catalog = ? AND table_schema = 'main' AND table_name = ? ORDER BY ordinal_position")) {
            ps.setString(1, catalog);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cols.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return cols;
    }

    private static long count(Connection c, String catalog, String table) throws SQLException {
        return single(c, "SELECT count(*) FROM " + catalog + ".main." + ident(table));
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String ident(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    /** Prints one line per table; exit 0 when every table is equal, 1 when one differs, 2 on a usage error. */
    public static void main(String[] args) throws SQLException {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws SQLException {
        if (args.length != 2 || !Files.isRegularFile(Path.of(args[0])) || !Files.isRegularFile(Path.of(args[1]))) {
            err.println("Usage: PublishedComparison A.duckdb B.duckdb   (both must be published files)");
            return 2;
        }
        List<TableResult> results = compare(Path.of(args[0]), Path.of(args[1]));
        out.println("Compared every table of both files; left out as run-specific: " + RUN_SPECIFIC);
        boolean allEqual = true;
        for (TableResult r : results) {
            allEqual &= r.equal();
            String verdict = !r.equal() ? "DIFFERENT" : r.withinTolerance() ? "equal within 1e-" + DECIMALS : "equal";
            out.printf("  %-20s %7d | %7d rows  %s%n", r.table(), r.rowsA(), r.rowsB(), verdict);
            r.problems().forEach(p -> out.println("      " + p));
        }
        out.println(allEqual ? "Same results." : "The files differ.");
        return allEqual ? 0 : 1;
    }
}
