package th.ita.insight.analytics.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.store.AtomicPublisher;
import th.ita.insight.store.DuckDbStore;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A batch publish rebuilds the file from the canonical store, which has no self-assessments: they are carried over. */
class SelfAssessmentCarryOverTest {
    @TempDir
    Path dir;

    @Test
    void a_new_publish_keeps_the_self_assessments_of_the_file_it_replaces() throws Exception {
        Path db = OfficialFixture.publish(dir.resolve("ita.duckdb"));
        AtomicPublisher.republish(db, "survey", c -> {
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO self_assessment_tool VALUES ('" + OfficialFixture.AGENCY + "', 2567, 'IIT', 73.9, 71.0, "
                        + "76.0, 40, 30, false, 1000, 2566, true, 'survey.csv', 0, now(), '', '')");
            }
        });
        // The batch's publish: a new file from scratch, then the carry-over, then the rename.
        AtomicPublisher.publish(db, "next-run", c -> {
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO run_info VALUES ('next-run', now(), now(), 'x', 0, 0, 0, 0, '2566', 'test')");
            }
            SelfAssessmentCarryOver.copy(c, db);
        });
        try (Connection c = DuckDbStore.openReadOnly(db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT tool, score, respondents FROM self_assessment_tool")) {
            rs.next();
            assertEquals("IIT 73.9 40", rs.getString(1) + " " + rs.getDouble(2) + " " + rs.getInt(3));
        }
    }
}
