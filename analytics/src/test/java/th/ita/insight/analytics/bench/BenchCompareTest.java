package th.ita.insight.analytics.bench;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark's equality check must catch a changed value, a missing row, a changed count or changed words. */
class BenchCompareTest {
    private Connection c;

    @BeforeEach
    void twoEqualResults() throws SQLException {
        c = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement st = c.createStatement()) {
            for (String schema : new String[]{"a", "b"}) {
                st.execute("CREATE SCHEMA " + schema);
                st.execute("CREATE TABLE " + schema + ".score_total AS SELECT 'sao-91-' || i AS agency_id, 2566 AS fiscal_year, "
                        + "80 + i / 100.0 AS total, 80 + i / 100.0 AS computed_total, CAST(NULL AS DOUBLE) AS published_total "
                        + "FROM range(2000) t(i)");
                st.execute("CREATE TABLE " + schema + ".peer_stats AS SELECT 2566 AS fiscal_year, 'national' AS peer_group, "
                        + "'all' AS group_key, 'total' AS level, 'total' AS key, 2000 AS n, 89.99 AS mean, 81.99 AS p10, "
                        + "84.99 AS p25, 89.99 AS p50, 94.99 AS p75, 97.99 AS p90");
            }
        }
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    @Test
    void equalTablesAgree() throws SQLException {
        BenchCompare.Result r = totals();
        assertTrue(r.ok(), r.line("b"));
        assertEquals(2000, r.oursRows());
        assertEquals(0.0, r.maxDelta());
    }

    @Test
    void aPerturbedScoreFails() throws SQLException {
        exec("UPDATE b.score_total SET total = total + 0.5 WHERE agency_id = 'sao-91-7'");
        BenchCompare.Result r = totals();
        assertFalse(r.ok(), r.line("b"));
        assertEquals(1, r.overTolerance());
        assertEquals(0.5, r.maxDelta(), 1e-9);
    }

    @Test
    void oneCentAtATieIsToleratedButNotSystematically() throws SQLException {
        exec("UPDATE b.score_total SET total = total + 0.01 WHERE agency_id = 'sao-91-7'");
        assertTrue(totals().ok(), totals().line("b"));
        exec("UPDATE b.score_total SET total = total + 0.01 WHERE fiscal_year = 2566");
        BenchCompare.Result r = totals();
        assertFalse(r.ok(), r.line("b"));
    }

    @Test
    void aMissingRowOrAChangedCountFails() throws SQLException {
        exec("DELETE FROM b.score_total WHERE agency_id = 'sao-91-3'");
        BenchCompare.Result missing = totals();
        assertFalse(missing.ok(), missing.line("b"));
        assertEquals(1, missing.onlyOurs());

        exec("UPDATE b.peer_stats SET n = 1999");
        BenchCompare.Result stats = BenchCompare.compare(c, spec("peer_stats"), "a", "b");
        assertFalse(stats.ok(), stats.line("b"));
        assertEquals(1, stats.exactDiffer());
    }

    @Test
    void aValueOnOneSideOnlyFails() throws SQLException {
        exec("UPDATE b.score_total SET computed_total = NULL WHERE agency_id = 'sao-91-5'");
        assertFalse(totals().ok());
    }

    @Test
    void aWeakItemWithOtherWordsOrAnotherStreakFails() throws SQLException {
        for (String schema : new String[]{"a", "b"}) {
            exec("CREATE TABLE " + schema + ".weak_item AS SELECT 'sao-91-' || i AS agency_id, 2566 AS fiscal_year, "
                    + "'item' AS level, 'i1' AS key, 'IIT' AS tool, 1 AS indicator, 80.0 AS score, 90.0 AS peer_median, "
                    + "10.0 AS gap, 'below_threshold,below_peers' AS reasons, 1 AS years_weak, 'improve' AS severity, "
                    + "'ต่ำกว่าเกณฑ์ 85.00 คะแนน' AS reason_th, 'below the 85.00 threshold' AS reason_en FROM range(100) t(i)");
        }
        assertTrue(weakItems().ok(), weakItems().line("b"));
        exec("UPDATE b.weak_item SET reason_th = 'ต่ำกว่าเกณฑ์ 85.01 คะแนน' WHERE agency_id = 'sao-91-4'");
        exec("UPDATE b.weak_item SET years_weak = 2 WHERE agency_id = 'sao-91-5'");
        BenchCompare.Result r = weakItems();
        assertFalse(r.ok(), r.line("b"));
        assertEquals(2, r.exactDiffer());
    }

    private BenchCompare.Result weakItems() throws SQLException {
        return BenchCompare.compare(c, BenchCompare.WEAK_ITEM, "a", "b");
    }

    private BenchCompare.Result totals() throws SQLException {
        return BenchCompare.compare(c, spec("score_total"), "a", "b");
    }

    private static BenchCompare.Spec spec(String table) {
        return BenchCompare.TABLES.stream().filter(s -> s.table().equals(table)).findFirst().orElseThrow();
    }

    private void exec(String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
