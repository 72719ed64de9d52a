package th.ita.insight.dashboard;

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
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The weak-points page opens on a short focus list: the recommended measures worth most, across themes,
 * checked against the published tables queried another way (SQL over recommendation_item and weak_item).
 */
class WeakPointsFocusTest {
    private static final String THUNG_BULANG = "sao-91-5e4884b1";
    private static final String NATHON = "sao-91-1dc55140";
    private static DashboardServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = DashboardServer.create(new DashboardConfig(SampleDatabase.require(), "127.0.0.1", Duration.ZERO))
                .start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_focus_list_is_the_five_recommended_measures_worth_most() throws Exception {
        String html = page(THUNG_BULANG, 2566, "th");
        String focus = section(html);
        List<String> shown = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"#m-([^\"]+)\"").matcher(focus);
        while (m.find()) {
            shown.add(m.group(1));
        }
        List<String> expected = expectedFocus(THUNG_BULANG, 2566);
        assertEquals(5, expected.size(), "the sample's ทุ่งบุหลัง FY2566 has more than five measures to recommend");
        assertEquals(expected, shown);
        assertTrue(focus.contains("แก้ไขโดยเร่งด่วน <strong>20</strong>"), focus);
        assertTrue(html.contains("id=\"themes\""), "the theme view is one click away");
        for (String id : shown) {
            assertTrue(html.contains("id=\"m-" + id + "\""), "each focus entry links to its measure in the theme view: " + id);
        }
    }

    @Test
    void the_best_agency_of_its_province_keeps_its_items_and_focuses_on_what_is_still_worth_points() throws Exception {
        String html = page(NATHON, 2566, "th");
        String focus = section(html);
        assertTrue(focus.contains("รักษาระดับ <strong>30</strong>"), focus);
        // its FY2566 measures worth 0.05 or more (e3/i3's ethics measure +0.23 first), found another way
        List<String> expected = expectedFocus(NATHON, 2566);
        assertFalse(expected.isEmpty());
        assertTrue(focus.contains("href=\"#m-" + expected.get(0) + "\""), focus);
        assertTrue(html.contains("class=\"badge maintain\""), "measures under the floor are listed as maintain");
        assertFalse(html.contains("ควรยกระดับต่อ"), "no item kept at its level is told to raise further");
        String english = section(page(NATHON, 2566, "en"));
        assertTrue(english.contains("Maintain <strong>30</strong>") || english.contains("maintain <strong>30</strong>"), english);
    }

    private List<String> expectedFocus(String agency, int year) throws Exception {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + SampleDatabase.FILE.toAbsolutePath(), readOnly);
             PreparedStatement ps = c.prepareStatement("""
                     SELECT r.measure_id FROM recommendation r
                     WHERE r.agency_id = ? AND r.fiscal_year = ? AND r.expected_gain >= 0.05
                     ORDER BY r.expected_gain DESC, r.rank LIMIT 5""")) {
            ps.setString(1, agency);
            ps.setInt(2, year);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    private String page(String agency, int year, String lang) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/agency/" + agency + "/weak-points?year=" + year + "&lang=" + lang)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private static String section(String html) {
        int from = html.indexOf("<section class=\"focus\"");
        assertTrue(from >= 0, "the page opens on a focus section");
        return html.substring(from, html.indexOf("</section>", from));
    }
}
