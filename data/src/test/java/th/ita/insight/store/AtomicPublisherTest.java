package th.ita.insight.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtomicPublisherTest {

    private static void fill(Connection c, String runId, String agencyName) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("INSERT INTO agency VALUES ('a1', '" + agencyName + "', 'อบต.', 'sao', 'สตูล', 'Satun', 'south', 2566, 2566)");
            st.execute("INSERT INTO score_total (agency_id, fiscal_year, total, origin, grade) VALUES ('a1', 2566, 96.98, 'computed', 'GOOD')");
            st.execute("INSERT INTO run_info VALUES ('" + runId + "', TIMESTAMP '" + java.sql.Timestamp.from(Instant.EPOCH)
                    + "', now(), 'x', 1, 1, 0, 1, 'v', 'test')");
        }
    }

    private static String agencyName(Path db) throws SQLException {
        try (Connection c = DuckDbStore.openReadOnly(db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name_th FROM agency")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void a_published_file_has_the_contract_and_no_leftovers(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("ita.duckdb");
        AtomicPublisher.publish(db, "r1", c -> fill(c, "r1", "นาทอน"));
        assertEquals("นาทอน", agencyName(db));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the published file remains");
        }
    }

    @Test
    void a_failed_publish_leaves_the_previous_file_as_it_was(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("ita.duckdb");
        AtomicPublisher.publish(db, "r1", c -> fill(c, "r1", "นาทอน"));
        byte[] before = Files.readAllBytes(db);

        assertThrows(SQLException.class, () -> AtomicPublisher.publish(db, "r2", c -> {
            fill(c, "r2", "นาโสม");
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO score_total (agency_id, fiscal_year, total, origin) VALUES ('ghost', 2566, 90, 'computed')");
            }
        }));

        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(db)));
        assertEquals("นาทอน", agencyName(db));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().contains("publish-r2")));
        }
    }

    @Test
    void a_question_score_there_twice_for_one_agency_and_year_fails_the_publish(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("ita.duckdb");
        String row = "('a1', 2566, 'IIT', 1, 'i1', 90.0, 'in.csv', 2)";
        AtomicPublisher.publish(db, "r1", c -> {
            fill(c, "r1", "นาทอน");
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO score_question VALUES " + row + ", ('a1', 2567, 'IIT', 1, 'i1', 90.0, 'in.csv', 3)");
            }
        });

        SQLException e = assertThrows(SQLException.class, () -> AtomicPublisher.publish(db, "r2", c -> {
            fill(c, "r2", "นาโสม");
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO score_question VALUES " + row + ", " + row);
            }
        }));

        assertTrue(e.getMessage().contains("1 question scores"), e.getMessage());
        assertEquals("นาทอน", agencyName(db));
    }

    @Test
    void a_reader_that_has_the_old_file_open_keeps_reading_it_while_a_new_one_is_published(@TempDir Path dir)
            throws Exception {
        Path db = dir.resolve("ita.duckdb");
        AtomicPublisher.publish(db, "r1", c -> fill(c, "r1", "นาทอน"));
        try (Connection reader = DuckDbStore.openReadOnly(db)) {
            AtomicPublisher.publish(db, "r2", c -> fill(c, "r2", "นาโสม"));
            try (Statement st = reader.createStatement(); ResultSet rs = st.executeQuery("SELECT name_th FROM agency")) {
                rs.next();
                assertEquals("นาทอน", rs.getString(1));
            }
        }
        assertEquals("นาโสม", agencyName(db));
    }
}
