package th.ita.insight.analytics.survey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.analytics.publish.OfficialFixture;
import th.ita.insight.store.DuckDbStore;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * IIT respondents judge their own superiors: nothing of one respondent may reach the published file or
 * the command's output. Every table and column of the file is scanned for the raw cells of the survey.
 */
class SurveyPrivacyTest {
    @TempDir
    Path dir;

    @Test
    void no_respondent_level_value_is_anywhere_in_the_published_file_or_the_output() throws Exception {
        Path db = OfficialFixture.publish(dir.resolve("ita.duckdb"));
        Path csv = dir.resolve("survey.csv");
        try (var in = getClass().getResourceAsStream("/survey/fy2566-iit-google-forms.csv")) {
            Files.copy(in, csv);
        }
        Map<String, Long> rowsBefore = rowCounts(db);
        SurveyCli cli = new SurveyCli();
        assertEquals(0, cli.run("--input", csv.toString(), "--agency", OfficialFixture.AGENCY, "--year", "2567",
                "--tool", "IIT", "--db", db.toString()), cli.err.toString());

        // Every raw cell of the file: timestamps, e-mails, free text, answers exactly as typed.
        Set<String> cells = new HashSet<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            for (String cell : line.split(",")) {
                if (cell.strip().length() >= 2) {
                    cells.add(cell.strip());
                }
            }
        }
        List<String> personal = List.of("somchai.k@example.go.th", "หัวหน้ากองคลังสั่งงานไม่เป็นธรรม", "ควรปรับปรุงการจัดซื้อ",
                "2024-01-10 09:10:00");
        assertTrue(cells.containsAll(personal));

        List<String> found = new ArrayList<>();
        try (Connection c = DuckDbStore.openReadOnly(db); Statement st = c.createStatement();
             ResultSet cols = c.createStatement().executeQuery("SELECT table_name, column_name, data_type "
                     + "FROM information_schema.columns ORDER BY 1, 2")) {
            while (cols.next()) {
                String table = cols.getString(1);
                String column = cols.getString(2);
                if (!cols.getString(3).equals("VARCHAR")) {
                    continue;
                }
                try (ResultSet rs = st.executeQuery("SELECT DISTINCT \"" + column + "\" FROM \"" + table + "\" WHERE \""
                        + column + "\" IS NOT NULL")) {
                    while (rs.next()) {
                        String v = rs.getString(1);
                        if (cells.contains(v.strip()) || personal.stream().anyMatch(v::contains)) {
                            found.add(table + "." + column + " = " + v);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found, "respondent-level text in the published file");

        // Only aggregates were added: one row per question, indicator and tool, none per respondent (6).
        Map<String, Long> added = new TreeMap<>();
        rowCounts(db).forEach((t, n) -> {
            long diff = n - rowsBefore.getOrDefault(t, 0L);
            if (diff != 0) {
                added.put(t, diff);
            }
        });
        assertEquals(30L, added.get("self_assessment_question"));
        assertEquals(5L, added.get("self_assessment_indicator"));
        assertEquals(1L, added.get("self_assessment_tool"));
        assertTrue(added.keySet().stream().allMatch(t -> t.startsWith("self_assessment_")), added.toString());

        String output = cli.out.toString() + cli.err;
        assertFalse(personal.stream().anyMatch(output::contains), output);
        assertFalse(output.contains("@"), "no e-mail address in the output");
    }

    private static Map<String, Long> rowCounts(Path db) throws Exception {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = DuckDbStore.openReadOnly(db); Statement st = c.createStatement();
             ResultSet tables = c.createStatement().executeQuery("SELECT table_name FROM information_schema.tables")) {
            while (tables.next()) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + tables.getString(1) + "\"")) {
                    rs.next();
                    out.put(tables.getString(1), rs.getLong(1));
                }
            }
        }
        return out;
    }
}
