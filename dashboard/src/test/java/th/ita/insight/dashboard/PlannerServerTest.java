package th.ita.insight.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.dashboard.auth.ReadAccess;
import th.ita.insight.store.DuckDbStore;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The planner against the real server, the sample's analytics republished in a temp folder, and a plans
 * file of its own: roles, 403s, CSRF, republish, the o43, and the audit log (docs/planner.md).
 */
class PlannerServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    private static Path db;
    private static DashboardServer server;
    private static String base;
    private static String nathon;
    private static String other;

    @BeforeAll
    static void start() throws Exception {
        db = dir.resolve("ita.duckdb");
        PlannerFixture.publishSample(db, "run-1", Set.of());
        try (Connection c = DuckDbStore.openReadOnly(db); Statement st = c.createStatement()) {
            nathon = one(st, "SELECT agency_id FROM agency WHERE name_th = '" + PlannerFixture.NATHON + "'");
            other = one(st, "SELECT agency_id FROM agency WHERE province <> 'สตูล' AND agency_id IN "
                    + "(SELECT agency_id FROM score_total WHERE fiscal_year = 2566) ORDER BY agency_id LIMIT 1");
        }
        Path plans = dir.resolve("plans.duckdb");
        PlannerFixture.accounts(plans, List.of(PlannerFixture.account("admin1", "admin", null, Set.of()),
                PlannerFixture.account("overseer-satun", "overseer", null, Set.of("สตูล")),
                PlannerFixture.account("officer-nathon", "officer", nathon, Set.of()),
                PlannerFixture.account("officer-other", "officer", other, Set.of())));
        server = DashboardServer.create(new DashboardConfig(db, "127.0.0.1", Duration.ZERO, DashboardConfig.DEFAULT_CACHE_BYTES,
                plans, ReadAccess.OPEN)).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static String one(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static PlannerFixture.Client signedIn(String name) throws Exception {
        PlannerFixture.Client c = new PlannerFixture.Client(base);
        assertEquals(303, c.login(name, PlannerFixture.PASSWORD).statusCode(), name + " logs in");
        return c;
    }

    private static long createFree(PlannerFixture.Client officer, String title, String questions) throws Exception {
        HttpResponse<String> r = officer.json("POST", "/api/agencies/" + nathon + "/plans",
                JSON.writeValueAsString(Map.of("year", "2566", "title", title, "questions", questions,
                        "responsible", "กองคลัง", "evidence", List.of("https://example.go.th/oit/o33"))), officer.csrf());
        assertEquals(201, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("plan_id").asLong();
    }

    @Test
    void each_role_logs_in_and_lands_on_its_own_page() throws Exception {
        for (String[] c : List.of(new String[]{"admin1", "/admin/users"}, new String[]{"overseer-satun", "/coverage"},
                new String[]{"officer-nathon", "/agency/" + nathon + "/plan"})) {
            PlannerFixture.Client client = new PlannerFixture.Client(base);
            HttpResponse<String> login = client.login(c[0], PlannerFixture.PASSWORD);
            assertEquals(303, login.statusCode());
            String location = login.headers().firstValue("Location").orElseThrow();
            assertTrue(location.startsWith(c[1]), location);
            String cookie = login.headers().allValues("Set-Cookie").get(0);
            assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
            HttpResponse<String> page = client.get(location);
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains("<strong id=\"user-name\">" + c[0] + "</strong>"), page.body());
            assertEquals(303, client.form("/logout", Map.of("csrf", client.csrf())).statusCode());
            assertEquals(303, client.get(location).statusCode(), "after logout the page asks for a login again");
        }
        assertEquals(401, new PlannerFixture.Client(base).login("officer-nathon", "wrong password!").statusCode());
    }

    /** Role × action × result: the matrix reported in docs/planner.md. */
    @Test
    void officers_edit_only_their_own_agency_and_other_roles_only_read() throws Exception {
        PlannerFixture.Client officer = signedIn("officer-nathon");
        String csrf = officer.csrf();
        String body = "{\"year\":\"2566\",\"title\":\"x\"}";
        assertEquals(403, officer.json("POST", "/api/agencies/" + other + "/plans", body, csrf).statusCode(), "API, another agency");
        assertEquals(403, officer.form("/agency/" + other + "/plan/items", Map.of("csrf", csrf, "year", "2566", "title", "x"))
                .statusCode(), "form, another agency");
        assertEquals(403, officer.get("/agency/" + other + "/plan").statusCode(), "reading another agency's plan");
        assertEquals(403, officer.get("/coverage").statusCode());
        assertEquals(403, officer.get("/admin/users").statusCode());
        long mine = createFree(officer, "มาตรการของนาทอน", "i7");

        PlannerFixture.Client otherOfficer = signedIn("officer-other");
        String otherCsrf = otherOfficer.csrf();
        assertEquals(403, otherOfficer.json("PUT", "/api/agencies/" + nathon + "/plans/" + mine,
                "{\"version\":1,\"title\":\"hijack\"}", otherCsrf).statusCode());
        assertEquals(404, otherOfficer.form("/agency/" + other + "/plan/items/" + mine, Map.of("csrf", otherCsrf, "version", "1",
                "title", "hijack")).statusCode(), "an item of another agency under one's own path does not exist");

        PlannerFixture.Client overseer = signedIn("overseer-satun");
        assertEquals(200, overseer.get("/agency/" + nathon + "/plan?year=2566").statusCode(), "overseer reads its province");
        assertEquals(403, overseer.get("/agency/" + other + "/plan?year=2566").statusCode(), "not outside it");
        assertEquals(403, overseer.json("POST", "/api/agencies/" + nathon + "/plans", body, overseer.csrf()).statusCode());
        HttpResponse<String> coverage = overseer.get("/coverage?year=2566");
        assertEquals(200, coverage.statusCode());
        assertTrue(coverage.body().contains("data-agency=\"" + nathon + "\""));
        assertFalse(coverage.body().contains("data-agency=\"" + other + "\""), "only agencies in the overseer's scope");

        PlannerFixture.Client admin = signedIn("admin1");
        assertEquals(200, admin.get("/agency/" + other + "/plan?year=2566").statusCode(), "admin reads every plan");
        assertEquals(403, admin.json("POST", "/api/agencies/" + nathon + "/plans", body, admin.csrf()).statusCode());
        assertEquals(303, admin.form("/admin/users", Map.of("csrf", admin.csrf(), "name", "new-officer", "role", "officer",
                "agency", other, "password", "another long password")).statusCode());
        assertEquals(403, officer.form("/admin/users", Map.of("csrf", csrf, "name", "evil", "role", "admin",
                "password", "another long password")).statusCode(), "only admins add accounts");
        PlannerFixture.Client added = new PlannerFixture.Client(base);
        assertEquals(303, added.login("new-officer", "another long password").statusCode(), "the account the admin added works");
        assertEquals(403, added.get("/coverage").statusCode());

        PlannerFixture.Client anonymous = new PlannerFixture.Client(base);
        assertEquals(303, anonymous.get("/agency/" + nathon + "/plan").statusCode(), "a person is sent to the login page");
        assertEquals(401, anonymous.get("/api/agencies/" + nathon + "/plans").statusCode());
        assertEquals(200, anonymous.get("/agency/" + nathon + "?year=2566").statusCode(), "analytics pages stay open");
    }

    @Test
    void a_change_without_the_csrf_token_is_refused() throws Exception {
        PlannerFixture.Client officer = signedIn("officer-nathon");
        String body = "{\"year\":\"2566\",\"title\":\"ไม่มีโทเค็น\"}";
        HttpResponse<String> none = officer.json("POST", "/api/agencies/" + nathon + "/plans", body, null);
        assertEquals(403, none.statusCode());
        assertTrue(none.body().contains("CSRF"), none.body());
        assertEquals(403, officer.json("POST", "/api/agencies/" + nathon + "/plans", body, "forged").statusCode());
        assertEquals(403, officer.form("/agency/" + nathon + "/plan/items", Map.of("year", "2566", "title", "x")).statusCode());
        assertEquals(403, new PlannerFixture.Client(base).form("/login", Map.of("name", "admin1", "password", PlannerFixture.PASSWORD))
                .statusCode(), "even the login form carries a token");
        JsonNode plans = JSON.readTree(officer.get("/api/agencies/" + nathon + "/plans?year=2566").body());
        plans.get("items").forEach(i -> assertFalse(i.get("title").asText().equals("ไม่มีโทเค็น"), "nothing was written"));
    }

    @Test
    void a_recommended_measure_added_from_the_weak_points_page_shows_at_once_and_every_change_is_audited() throws Exception {
        PlannerFixture.Client anonymous = new PlannerFixture.Client(base);
        String weak = "/agency/" + nathon + "/weak-points?year=2566";
        assertFalse(anonymous.get(weak).body().contains("class=\"add-to-plan\""));
        assertFalse(anonymous.get(weak).body().contains("class=\"add-to-plan\""), "the remembered anonymous page has no buttons");
        PlannerFixture.Client officer = signedIn("officer-nathon");
        String page = officer.get(weak).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"measure\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(m.find(), "the officer sees 'add to next year's plan' buttons");
        String measure = m.group(1);
        HttpResponse<String> added = officer.form("/agency/" + nathon + "/plan/items", Map.of("csrf", officer.csrf(), "year", "2566",
                "measure", measure));
        assertEquals(303, added.statusCode(), added.body());
        String item = added.headers().firstValue("Location").orElseThrow();
        assertTrue(officer.get(weak).body().contains("/plan/items/" + item.replaceAll(".*/items/(\\d+).*", "$1")),
                "the weak-points page shows the measure is planned at once (no remembered copy)");
        assertTrue(officer.get("/agency/" + nathon + "/plan?year=2566").body().contains("id=\"plan-"), "and the board lists it");

        String csrf = officer.csrf();
        assertEquals(303, officer.form(item.replaceAll("\\?.*", ""), Map.of("csrf", csrf, "version", "1", "title", "ปรับปรุงคู่มือบริการ",
                "status", "in_progress", "start", "2566-10-01", "end", "2567-09-30", "target", "๙๐")).statusCode());
        assertEquals(409, officer.form(item.replaceAll("\\?.*", ""), Map.of("csrf", csrf, "version", "1", "title", "stale"))
                .statusCode(), "a stale form loses nothing");
        assertEquals(400, officer.form(item.replaceAll("\\?.*", ""), Map.of("csrf", csrf, "version", "2", "title", "t",
                "evidence", "javascript:alert(1)")).statusCode(), "evidence must be http(s)");
        assertEquals(303, officer.form(item.replaceAll("\\?.*", "") + "/notes", Map.of("csrf", csrf, "noted_on", "2567-01-15",
                "text", "ประชุมคณะทำงานแล้ว")).statusCode());
        String itemPage = officer.get(item).body();
        assertTrue(itemPage.contains("15 ม.ค. 2567") && itemPage.contains("ประชุมคณะทำงานแล้ว"), "the note, dated in BE");
        assertTrue(itemPage.contains("value=\"2023-10-01\"") && itemPage.contains("1 ต.ค. 2566"), "a BE date typed is kept as its day");

        String audit = signedIn("admin1").get("/admin/users").body();
        for (String action : List.of("plan.create", "plan.update", "plan.note", "user.create")) {
            assertTrue(audit.contains("<td>" + action + "</td>"), action + " is in the audit log");
        }
    }

    @Test
    void the_o43_export_lists_the_plan_items_in_docx_and_pdf() throws Exception {
        PlannerFixture.Client officer = signedIn("officer-nathon");
        createFree(officer, "มาตรการเผยแพร่ข้อมูล o43 test", "e13");
        HttpResponse<byte[]> docx = officer.bytes("/agency/" + nathon + "/o43.docx?year=2566");
        assertEquals(200, docx.statusCode());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            String text = new XWPFWordExtractor(doc).getText();
            assertTrue(text.contains("มาตรการเผยแพร่ข้อมูล o43 test"), text);
            assertTrue(text.contains("รายงานผลการดำเนินการตามมาตรการ") && text.contains("2567"), "title for the plan year");
            assertTrue(text.contains("สรุปผลการดำเนินการ") && text.contains("ผลลัพธ์/ความสำเร็จ"), "the seeds' columns");
            assertTrue(text.contains("96.98"), "the analysed year's total as context");
            assertTrue(text.contains("(EIT)"), "grouped by tool");
        }
        HttpResponse<byte[]> pdf = officer.bytes("/agency/" + nathon + "/o43.pdf?year=2566&group=indicator");
        assertEquals(200, pdf.statusCode());
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("o43test"), text);
            assertTrue(text.contains("ตัวชี้วัดที่"), "grouped by indicator");
        }
        assertEquals(303, new PlannerFixture.Client(base).bytes("/agency/" + nathon + "/o43.pdf?year=2566").statusCode(),
                "plans are not public");
        assertEquals(403, signedIn("officer-other").bytes("/agency/" + nathon + "/o43.docx?year=2566").statusCode());
    }

    @Test
    void a_plan_survives_a_republish_of_the_analytics_and_is_flagged_when_its_question_vanished() throws Exception {
        PlannerFixture.Client officer = signedIn("officer-nathon");
        long id = createFree(officer, "มาตรการที่อ้างข้อ e5", "i7, e5");
        JsonNode before = item(officer, id);
        assertEquals(0, before.get("vanished_items").size(), "e5 exists in the newest catalog");
        PlannerFixture.publishSample(db, "run-2", Set.of("e5"));
        JsonNode after = item(officer, id);
        assertNotNull(after, "the plan is still there after the republish");
        assertEquals("[\"e5\"]", after.get("vanished_items").toString());
        String board = officer.get("/agency/" + nathon + "/plan?year=2566").body();
        assertTrue(board.contains("id=\"flag-" + id + "\""), "flagged on the board");
        assertTrue(board.contains("id=\"before-submit\""), "the board has a before-you-submit list");
        String list = board.substring(board.indexOf("id=\"before-submit\""));
        assertTrue(list.substring(0, list.indexOf("</section>")).contains("มาตรการที่อ้างข้อ e5”: ไม่มีข้อ e5"),
                "and in the list to check before the o43 is submitted");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(officer.bytes("/agency/" + nathon + "/o43.docx?year=2566").body()))) {
            String text = new XWPFWordExtractor(doc).getText();
            assertTrue(text.contains("มาตรการที่อ้างข้อ e5") && !text.contains("ไม่มีข้อ") && !text.contains("หมายเหตุ"),
                    "the o43 itself carries no note about it: " + text);
        }
        PlannerFixture.publishSample(db, "run-3", Set.of());
        assertEquals(0, item(officer, id).get("vanished_items").size());
    }

    private static JsonNode item(PlannerFixture.Client c, long id) throws Exception {
        for (JsonNode i : JSON.readTree(c.get("/api/agencies/" + nathon + "/plans?year=2566").body()).get("items")) {
            if (i.get("plan_id").asLong() == id) {
                return i;
            }
        }
        return null;
    }
}
