package th.ita.insight.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rows are items, not codes: on the sample database, the heatmap's data (as the questions page hands it
 * to its script) and the median lines of /api/trends never put two different items on one row. Checked
 * against the published comparable_to links read here directly, not through the code under test.
 */
class ItemRowsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern ATTRIBUTE = Pattern.compile("data-(rows|cells|years)=\"([^\"]*)\"");
    private static DashboardServer server;
    /** "2566/i10" → "i9": what the published catalog says each code of each year continues. */
    private static final Map<String, String> COMPARABLE = new HashMap<>();
    private static String agency;

    @BeforeAll
    static void start() throws Exception {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + SampleDatabase.require(), readOnly)) {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT fiscal_year, code, comparable_to FROM catalog_question")) {
                while (rs.next()) {
                    COMPARABLE.put(rs.getInt(1) + "/" + rs.getString(2), rs.getString(3));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT agency_id FROM score_question WHERE question = 'o12' GROUP BY agency_id
                    HAVING list(DISTINCT fiscal_year ORDER BY fiscal_year) = [2564, 2565, 2566, 2567, 2568]
                    ORDER BY agency_id LIMIT 1"""); ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "the sample has an agency scored on o12 in FY2564–FY2568");
                agency = rs.getString(1);
            }
        }
        server = DashboardServer.create(new DashboardConfig(SampleDatabase.require(), "127.0.0.1", Duration.ofSeconds(1)))
                .start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_check_itself_refuses_a_row_holding_two_items() {
        // FY2565 o12 (annual report) and FY2566 o12 (six-month report) share a code, not an item.
        assertFalse(oneItem(List.of(new String[]{"2565", "o12"}, new String[]{"2566", "o12"})));
        assertTrue(oneItem(List.of(new String[]{"2565", "i9"}, new String[]{"2566", "i10"})));
    }

    @Test
    void the_heatmap_puts_each_item_on_its_own_row_in_every_selected_year() throws Exception {
        for (int selected = 2564; selected <= 2568; selected++) {
            Map<String, JsonNode> data = heatmap(selected, "");
            Map<Integer, List<String[]>> byRow = new TreeMap<>();
            JsonNode years = data.get("years");
            for (JsonNode cell : data.get("cells")) {
                byRow.computeIfAbsent(cell.get(1).asInt(), r -> new ArrayList<>())
                        .add(new String[]{years.get(cell.get(0).asInt()).asText(), cell.get(4).asText()});
            }
            byRow.forEach((row, cells) -> assertTrue(oneItem(cells), "row " + row + " holds " + show(cells)));
            assertEquals(data.get("rows").size(), byRow.size(), "no empty row");
        }
    }

    @Test
    void o12_of_2564_2566_and_2568_are_three_rows_labelled_by_the_selected_year() throws Exception {
        Map<String, JsonNode> data = heatmap(2568, "OIT");
        List<String> o12Rows = new ArrayList<>();
        JsonNode years = data.get("years");
        for (JsonNode cell : data.get("cells")) {
            if (cell.get(4).asText().equals("o12")) {
                o12Rows.add(years.get(cell.get(0).asInt()).asText() + "→" + data.get("rows").get(cell.get(1).asInt()).get("label").asText());
            }
        }
        assertEquals(List.of("2564→o12 (2562–2565)", "2565→o12 (2562–2565)", "2566→o12 (2566–2567)", "2567→o12 (2566–2567)",
                "2568→o12"), o12Rows, "the selected year's code bare; an item no longer asked with the years it covers");
        JsonNode o2 = row(data, "o2");
        assertTrue(o2.get("title").asText().contains("ชื่อรายการยังไม่ยืนยัน"), "FY2568 o2 has no known title: " + o2);
        assertFalse(o2.get("title").asText().contains("ไม่ทราบชื่อรายการ"), "the placeholder is not shown as a title");
        assertTrue(row(data, "o12").get("title").asText().contains("จัดซื้อจัดจ้าง"), "FY2568 o12 is procurement");
    }

    @Test
    void a_renumbered_question_stays_on_one_row_and_its_detail_series_follows_it() throws Exception {
        Map<String, JsonNode> data = heatmap(2566, "IIT");
        JsonNode i10 = row(data, "i10");
        assertEquals("i10@2568", i10.get("id").asText());
        JsonNode detail = get("/api/agencies/" + agency + "/questions/i10?year=2566");
        List<String> series = new ArrayList<>();
        detail.get("series").forEach(p -> series.add(p.get("fiscal_year").asInt() + " " + p.get("code").asText()));
        assertEquals(List.of("2564 i9", "2565 i9", "2566 i10", "2567 i10", "2568 i10"), series);
        JsonNode o12 = get("/api/agencies/" + agency + "/questions/o12?year=2566");
        assertEquals(2566, o12.get("cut_before").asInt(), "FY2565's o12 was another item");
        assertEquals(2, o12.get("series").size(), "FY2566–FY2567 only");
        assertTrue(get("/api/agencies/" + agency + "/questions/i9?year=2566").get("text_mark_th").asText()
                .contains("ยังไม่ยืนยัน"), "an unconfirmed wording carries the page's mark");
    }

    @Test
    void the_national_question_medians_draw_one_line_per_item() throws Exception {
        JsonNode trends = get("/api/trends?group=national&key=all&level=question");
        Map<String, List<String[]>> byRow = new TreeMap<>();
        for (JsonNode p : trends.get("medians")) {
            byRow.computeIfAbsent(p.get("row").asText(), r -> new ArrayList<>())
                    .add(new String[]{p.get("fiscal_year").asText(), p.get("key").asText()});
        }
        byRow.forEach((row, points) -> assertTrue(oneItem(points), "line " + row + " holds " + show(points)));
        assertEquals(trends.get("keys").size(), byRow.size());
        assertTrue(byRow.keySet().containsAll(List.of("o12@2565", "o12@2567", "o12@2568")), "three o12 lines: " + byRow.keySet());
    }

    /** True when every (year, code) of the list is the same item: consecutive years joined by comparable_to. */
    private static boolean oneItem(List<String[]> cells) {
        List<String[]> sorted = new ArrayList<>(cells);
        sorted.sort((a, b) -> a[0].compareTo(b[0]));
        for (int i = 1; i < sorted.size(); i++) {
            int year = Integer.parseInt(sorted.get(i)[0]);
            String code = sorted.get(i)[1];
            // walk back from this cell to the previous cell's year through the published links
            for (int y = year; y > Integer.parseInt(sorted.get(i - 1)[0]); y--) {
                code = COMPARABLE.get(y + "/" + code);
                if (code == null) {
                    return false;
                }
            }
            if (!code.equals(sorted.get(i - 1)[1])) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode row(Map<String, JsonNode> data, String code) {
        for (JsonNode r : data.get("rows")) {
            if (r.get("label").asText().equals(code)) {
                return r;
            }
        }
        throw new AssertionError("no row labelled " + code + " in " + data.get("rows"));
    }

    private static Map<String, JsonNode> heatmap(int year, String tool) throws Exception {
        String page = send("/agency/" + agency + "/questions?year=" + year + "&tool=" + tool).body();
        Map<String, JsonNode> out = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(page.substring(page.indexOf("id=\"heatmap\"")));
        while (m.find() && out.size() < 3) {
            out.putIfAbsent(m.group(1), JSON.readTree(m.group(2).replace("&quot;", "\"").replace("&#39;", "'")
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")));
        }
        assertEquals(3, out.size(), "the heatmap's rows, cells and years");
        return out;
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = send(path);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> send(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String show(List<String[]> cells) {
        return cells.stream().map(c -> c[0] + " " + c[1]).toList().toString();
    }
}
