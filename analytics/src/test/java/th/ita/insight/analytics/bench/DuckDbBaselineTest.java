package th.ita.insight.analytics.bench;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The baseline's SQL scripts cut into whole statements: comments (even one ending in ";") never become one. */
class DuckDbBaselineTest {

    @Test
    void every_script_cuts_into_create_statements_with_the_folders_filled_in() {
        List<String> steps = new ArrayList<>(List.of("ingest"));
        steps.addAll(DuckDbBaseline.ANALYTICS);
        for (String step : steps) {
            List<String> statements = DuckDbBaseline.script(step, Map.of("${input}", "/in", "${ref}", "/ref"));
            assertFalse(statements.isEmpty(), step);
            for (String sql : statements) {
                assertTrue(sql.startsWith("CREATE "), step + " has a statement that is not a CREATE: " + sql);
                assertFalse(sql.contains("${"), step + " left a placeholder: " + sql);
                assertFalse(sql.contains("\n--"), step + " kept a comment line: " + sql);
            }
        }
    }
}
