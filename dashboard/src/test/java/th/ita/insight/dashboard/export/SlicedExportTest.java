package th.ita.insight.dashboard.export;

import org.junit.jupiter.api.Test;
import th.ita.insight.dashboard.PublishedDatabase;
import th.ita.insight.dashboard.web.Rows;
import th.ita.insight.text.Language;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The group's weak items are exported a slice of agencies at a time (so DuckDB never sorts a nation's
 * weak items at once): any slice size gives the same rows in the same order, every agency of the group
 * appears, each once, and its items stay together in catalog order.
 */
class SlicedExportTest {
    private static final Path SAMPLE = Path.of("../analytics/target/fixtures/sample.duckdb");

    @Test
    void slices_of_any_size_give_the_rows_of_one_query_in_the_same_order() throws Exception {
        assertTrue(Files.isRegularFile(SAMPLE), SAMPLE + " missing: run mvn -B verify from the project root");
        try (PublishedDatabase db = new PublishedDatabase(SAMPLE, Duration.ZERO)) {
            Rows rows = new Rows(db);
            long members = ((Number) rows.one(ExportTables.GROUP_SIZE, 2566, "national", "all").values()
                    .iterator().next()).longValue();
            long weak = ((Number) rows.one("SELECT count(*) FROM weak_item WHERE fiscal_year = 2566").values()
                    .iterator().next()).longValue();
            assertTrue(members > 20 && weak > 100, members + " agencies, " + weak + " weak items");

            List<List<Object>> whole = export(rows, members, (int) members);
            assertEquals(weak, whole.size(), "every weak item of the year, once");
            for (int slice : new int[]{1, 7, 20}) {
                assertEquals(whole, export(rows, members, slice), "slices of " + slice);
            }
            List<String> agencies = new ArrayList<>();
            for (List<Object> row : whole) {
                String id = (String) row.get(0);
                if (agencies.isEmpty() || !agencies.get(agencies.size() - 1).equals(id)) {
                    assertTrue(!agencies.contains(id), id + " appears in two places");
                    agencies.add(id);
                }
            }
            List<String> byName = rows.list("""
                    SELECT DISTINCT a.agency_id, a.name_th FROM agency a JOIN weak_item w USING (agency_id)
                    WHERE w.fiscal_year = 2566 ORDER BY a.name_th, a.agency_id""").stream()
                    .map(r -> (String) r.get("agency_id")).toList();
            assertEquals(byName, agencies, "agencies by name");
        }
    }

    private static List<List<Object>> export(Rows rows, long members, int slice) throws Exception {
        List<List<Object>> out = new ArrayList<>();
        ExportTables.GROUP_WEAK_ITEMS.streamSliced(rows, Language.TH, new ExportTable.Sink() {
            @Override
            public void header(List<String> headers) {
                assertEquals(ExportTables.GROUP_WEAK_ITEMS.columns().size(), headers.size());
            }

            @Override
            public void row(List<Object> values) {
                out.add(values);
            }
        }, members, slice, 2566, "national", "all", 2566);
        return out;
    }
}
