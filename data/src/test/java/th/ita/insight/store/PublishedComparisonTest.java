package th.ita.insight.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublishedComparisonTest {

    /** A published file with two totals, in the given order, and a run_info row of its own. */
    private static Path publish(Path dir, String runId, double secondTotal, boolean reversed) throws Exception {
        Path db = dir.resolve(runId + ".duckdb");
        AtomicPublisher.publish(db, runId, c -> {
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO agency VALUES ('a1', 'นาทอน', 'อบต.', 'sao', 'สตูล', 'Satun', 'south', 2566, 2567)");
                String first = "('a1', 2566, 90.5, 'computed')";
                String second = "('a1', 2567, " + secondTotal + ", 'computed')";
                st.execute("INSERT INTO score_total (agency_id, fiscal_year, total, origin) VALUES "
                        + (reversed ? second + ", " + first : first + ", " + second));
                st.execute("INSERT INTO run_info VALUES ('" + runId + "', now(), now(), 'data/sample', 10, 9, 1, 9, 'v', '"
                        + runId + "')");
            }
        });
        return db;
    }

    private static PublishedComparison.TableResult table(List<PublishedComparison.TableResult> results, String name) {
        return results.stream().filter(r -> r.table().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void two_runs_with_the_same_results_are_equal_whatever_the_run_ids_times_and_row_order(@TempDir Path dir) throws Exception {
        Path a = publish(dir, "r1", 88.25, false);
        Path b = publish(dir, "r2", 88.25, true);
        List<PublishedComparison.TableResult> results = PublishedComparison.compare(a, b);
        assertTrue(results.stream().allMatch(PublishedComparison.TableResult::equal), results.toString());
        assertEquals(Schema.TABLES.size(), results.size(), "every table of the contract is compared");
        assertFalse(table(results, "score_total").withinTolerance());
        assertEquals(2, table(results, "score_total").rowsA());
    }

    @Test
    void a_changed_figure_is_reported_with_the_rows_on_each_side(@TempDir Path dir) throws Exception {
        Path a = publish(dir, "r1", 88.25, false);
        Path b = publish(dir, "r2", 88.26, false);
        PublishedComparison.TableResult totals = table(PublishedComparison.compare(a, b), "score_total");
        assertFalse(totals.equal());
        assertEquals(1, totals.onlyInA());
        assertEquals(1, totals.onlyInB());
        assertTrue(totals.problems().get(0).contains("total=88.25"), totals.problems().toString());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = PublishedComparison.run(new String[]{a.toString(), b.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(1, code);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("The files differ."));
    }

    @Test
    void the_last_bits_of_a_double_pass_only_as_equal_within_the_tolerance(@TempDir Path dir) throws Exception {
        Path a = publish(dir, "r1", 0.1 + 0.2, false);
        Path b = publish(dir, "r2", 0.3, false);
        PublishedComparison.TableResult totals = table(PublishedComparison.compare(a, b), "score_total");
        assertTrue(totals.equal());
        assertTrue(totals.withinTolerance());
    }

    @Test
    void a_run_info_count_is_compared_but_not_its_id_times_or_version(@TempDir Path dir) throws Exception {
        Path a = publish(dir, "r1", 88.25, false);
        Path b = publish(dir, "r2", 88.25, false);
        try (Connection c = DuckDbStore.openWritable(b); Statement st = c.createStatement()) {
            st.execute("UPDATE run_info SET rows_rejected = 2");
        }
        assertFalse(table(PublishedComparison.compare(a, b), "run_info").equal());
    }

    @Test
    void usage_error_without_two_files(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, PublishedComparison.run(new String[]{dir.resolve("missing.duckdb").toString()}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Usage:"));
    }
}
