package th.ita.insight.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import th.ita.insight.dashboard.auth.ReadAccess;
import th.ita.insight.store.DuckDbStore;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Agency names, types, provinces and plan texts carrying {@code <script>}, {@code <img onerror>}, quotes,
 * {@code &} and Thai, in real headless Chromium on every page that shows them: no alert, no injected element,
 * no inline script, no console error, the text shown as typed (and never escaped twice). The exports carry
 * the same text verbatim. The analytics file is the sample's, republished and then edited through DuckDB.
 */
class HostileNamesInBrowserTest {
    static final String NAME = "<script>alert(1)</script>อบต.นาทอน \"ทดสอบ\" & 'x'";
    static final String OTHER = "<img src=x onerror=alert(1)>อบต.อื่น & \"q\"";
    static final String TYPE = "อบต.<img src=x onerror=alert(1)>";
    static final String PROVINCE = "สตูล<script>alert(1)</script>";
    static final String TITLE = "<img src=x onerror=alert(1)>แผน \"ก\" & <script>alert(1)</script>";
    static final String NOTE = "<script>alert(1)</script>บันทึก & 'ข'";

    @TempDir
    static Path dir;
    private static DashboardServer server;
    private static Browser browser;
    private static String base;
    private static String a;
    private static String item;

    @BeforeAll
    static void start() throws Exception {
        Path db = dir.resolve("ita.duckdb");
        PlannerFixture.publishSample(db, "run-1", Set.of());
        a = PlannerFixture.agencyId(db, PlannerFixture.NATHON);
        try (Connection c = DuckDbStore.openWritable(db); Statement st = c.createStatement()) {
            update(c, "UPDATE agency SET name_th = ? WHERE agency_id = ?", NAME, a);
            update(c, "UPDATE agency SET name_th = ? WHERE agency_id = (SELECT min(agency_id) FROM agency WHERE agency_type_code = 'sao' "
                    + "AND agency_id <> ?)", OTHER, a);
            update(c, "UPDATE agency SET agency_type = ? WHERE agency_type_code = 'sao'", TYPE);
            // A province is also a peer group's key: rename it everywhere, as a batch would have published it.
            update(c, "UPDATE agency SET province = ? WHERE province = 'สตูล'", PROVINCE);
            List<String> grouped = new ArrayList<>();
            try (var rs = st.executeQuery("SELECT table_name FROM information_schema.columns WHERE column_name = 'group_key'")) {
                while (rs.next()) {
                    grouped.add(rs.getString(1));
                }
            }
            assertTrue(grouped.size() >= 3, "peer tables: " + grouped);
            for (String table : grouped) {
                update(c, "UPDATE " + table + " SET group_key = ? WHERE group_key = 'สตูล'", PROVINCE);
            }
            st.execute("CHECKPOINT");
        }
        Path plans = dir.resolve("plans.duckdb");
        PlannerFixture.accounts(plans, List.of(PlannerFixture.account("admin1", "admin", null, Set.of()),
                PlannerFixture.account("officer-a", "officer", a, Set.of())));
        server = DashboardServer.create(new DashboardConfig(db, "127.0.0.1", Duration.ZERO, 0, plans, ReadAccess.OPEN)).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        PlannerFixture.Client officer = new PlannerFixture.Client(base);
        officer.login("officer-a", PlannerFixture.PASSWORD);
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> fields = new LinkedHashMap<>(Map.of("year", "2566", "title", TITLE, "questions", "i7", "approach", TITLE,
                "responsible", NOTE, "steps", TITLE, "outcome", NOTE));
        HttpResponse<String> made = officer.json("POST", "/api/agencies/" + a + "/plans", json.writeValueAsString(fields), officer.csrf());
        assertEquals(201, made.statusCode(), made.body());
        item = json.readTree(made.body()).get("plan_id").asText();
        assertEquals(201, officer.json("POST", "/api/agencies/" + a + "/plans/" + item + "/notes",
                json.writeValueAsString(Map.of("noted_on", "2567-01-15", "text", NOTE)), officer.csrf()).statusCode());
        browser = Browser.start(Files.createDirectories(dir.resolve("chrome")));
    }

    private static void update(Connection c, String sql, String... values) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setString(i + 1, values[i]);
            }
            assertTrue(ps.executeUpdate() > 0 || sql.contains("group_key"), sql);
        }
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Opens each page and answers what went wrong on it; {@code shown} must appear on the page as text. */
    private static List<String> visit(Map<String, String> pages) {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> p : pages.entrySet()) {
            browser.open(base + p.getKey());
            try {
                String text = browser.driver.switchTo().alert().getText();
                wrong.add(p.getKey() + ": an alert ran (" + text + ")");
                browser.driver.switchTo().alert().dismiss();
                continue;
            } catch (NoAlertPresentException expected) {
                // nothing ran
            }
            Object injected = browser.js("return document.querySelectorAll('img[src=\"x\"], [onerror]').length");
            Object inline = browser.js("return Array.prototype.filter.call(document.scripts, function (s) { return !s.src; }).length");
            String text = (String) browser.js("return document.body.textContent");
            if (!Long.valueOf(0).equals(injected) || !Long.valueOf(0).equals(inline)) {
                wrong.add(p.getKey() + ": " + injected + " injected element(s), " + inline + " inline script(s)");
            }
            if (!text.contains(p.getValue())) {
                wrong.add(p.getKey() + ": the text " + p.getValue() + " is not shown");
            }
            if (text.contains("&lt;") || text.contains("&amp;") || text.contains("&quot;")) {
                wrong.add(p.getKey() + ": escaped twice");
            }
            List<String> errors = browser.consoleErrors();
            if (!errors.isEmpty()) {
                wrong.add(p.getKey() + ": console errors " + errors);
            }
        }
        return wrong;
    }

    @Test
    void hostile_names_and_plan_texts_are_shown_as_text_on_every_page() {
        String province = Layout.enc(PROVINCE);
        Map<String, String> open = new LinkedHashMap<>();
        open.put("/", NAME);
        open.put("/?q=" + Layout.enc("นาทอน"), NAME);
        for (String page : List.of("", "/indicators", "/questions", "/questions?q=e13", "/weak-points", "/what-if", "/self-assessment")) {
            String sep = page.contains("?") ? "&" : "?";
            open.put("/agency/" + a + page + sep + "year=2566", NAME);
        }
        open.put("/group/type/sao?year=2566&agency=" + a, OTHER);
        open.put("/group/type/sao?year=2566", TYPE);
        open.put("/group/province/" + province + "?year=2566&agency=" + a, PROVINCE);
        open.put("/group/national/all?year=2566&question=i7", NAME);
        open.put("/trends?peer=" + Layout.enc("province/" + PROVINCE), PROVINCE);
        List<String> wrong = new ArrayList<>(visit(open));
        logIn("officer-a");
        Map<String, String> planner = new LinkedHashMap<>();
        planner.put("/agency/" + a + "/plan?year=2566", TITLE);
        planner.put("/agency/" + a + "/plan?year=2566&view=theme", TITLE);
        planner.put("/agency/" + a + "/plan/items/" + item, NOTE);
        planner.put("/agency/" + a + "/weak-points?year=2566", NAME);
        wrong.addAll(visit(planner));
        logOut();
        logIn("admin1");
        wrong.addAll(visit(Map.of("/coverage?year=2566", NAME, "/agency/" + a + "/plan/items/" + item, TITLE)));
        logOut();
        assertEquals(List.of(), wrong);
    }

    @Test
    void exports_carry_the_names_and_plan_texts_verbatim() throws Exception {
        PlannerFixture.Client officer = new PlannerFixture.Client(base);
        officer.login("officer-a", PlannerFixture.PASSWORD);
        String agencies = officer.get("/agencies.csv").body();
        assertTrue(agencies.contains(NAME.replace("\"", "\"\"")) && agencies.contains(OTHER.replace("\"", "\"\"")), "CSV: as typed, quotes doubled");
        assertTrue(!agencies.contains("&lt;") && !agencies.contains("&amp;"), "no HTML escaping in a CSV");
        HttpResponse<byte[]> o43 = officer.bytes("/agency/" + a + "/o43.docx?year=2566");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(o43.body()))) {
            String text = new XWPFWordExtractor(doc).getText();
            assertTrue(text.contains(TITLE) && text.contains(NOTE), text);
        }
        HttpResponse<byte[]> o42 = officer.bytes("/agency/" + a + "/o42.docx?year=2566");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(o42.body()))) {
            assertTrue(new XWPFWordExtractor(doc).getText().contains(NAME), "the o42 names the agency as typed");
        }
    }

    private static void logIn(String name) {
        browser.logIn(base, name, PlannerFixture.PASSWORD);
    }

    private static void logOut() {
        browser.open(base + "/login"); // signed in, it shows the user bar with its sign-out button
        browser.driver.findElement(By.id("logout")).click();
        browser.waitFor("location.pathname === '/'");
    }

    /** Path-segment and query encoding as the pages do it. */
    private static final class Layout {
        static String enc(String s) {
            return th.ita.insight.dashboard.web.Layout.enc(s);
        }
    }
}
