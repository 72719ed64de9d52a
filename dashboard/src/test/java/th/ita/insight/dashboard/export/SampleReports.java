package th.ita.insight.dashboard.export;

import th.ita.insight.dashboard.PublishedDatabase;
import th.ita.insight.dashboard.web.Rows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The o42 reports of the sample database, read in-process by the exports' own repository. */
final class SampleReports implements AutoCloseable {
    static final Path SAMPLE = Path.of("../analytics/target/fixtures/sample.duckdb");
    static final String NATHON = "sao-91-1dc55140";

    final PublishedDatabase db;
    final Rows rows;

    SampleReports() {
        assertTrue(Files.isRegularFile(SAMPLE), SAMPLE + " missing: run mvn -B verify from the project root");
        db = new PublishedDatabase(SAMPLE, Duration.ZERO);
        rows = new Rows(db);
    }

    /** Every agency-year that has an analysis (recommendations), as [agency_id, year]. */
    List<Object[]> agencyYears() throws SQLException {
        List<Object[]> out = new ArrayList<>();
        for (Map<String, Object> r : rows.list("SELECT DISTINCT agency_id, fiscal_year FROM recommendation ORDER BY 1, 2")) {
            out.add(new Object[]{r.get("agency_id"), ((Number) r.get("fiscal_year")).intValue()});
        }
        return out;
    }

    O42Report report(String agencyId, int year) throws SQLException {
        return new O42Repository(rows).load(rows.one("SELECT * FROM agency WHERE agency_id = ?", agencyId), year, Comparison.AUTO);
    }

    /** The agency-year of the sample's newest year with the most themes, some of them below the gain floor. */
    String[] fy2568() throws SQLException {
        Map<String, Object> r = rows.one("""
                SELECT agency_id FROM recommendation WHERE fiscal_year = 2568 GROUP BY agency_id
                HAVING min(expected_gain) < 0.05 ORDER BY count(DISTINCT theme_th) DESC, agency_id LIMIT 1""");
        return new String[]{(String) r.get("agency_id"), "2568"};
    }

    @Override
    public void close() {
        db.close();
    }
}
