package th.ita.insight.dashboard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import th.ita.insight.catalog.GradeBand;
import th.ita.insight.catalog.Tool;
import th.ita.insight.scoring.LevelExplanation;
import th.ita.insight.store.DuckDbStore;
import th.ita.insight.text.Language;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The line that says why a level is that level, on the pages of the database the batch published from the
 * sample. อบต.นาทอน FY2566 (seed 003) scored 96.98 with IIT 98.45, EIT 91.47 and OIT 100: ผ่านดี, not
 * ผ่านดีเยี่ยม, because EIT is below 95 — a rule from one source, which the page says.
 */
class LevelExplainedOnPagesTest {
    private static final String NATHON_2566_TH =
            "ไม่ถึงผ่านดีเยี่ยมเพราะ EIT 91.47 < 95 (เกณฑ์ทุกเครื่องมือ ≥ 95 มาจากแหล่งเดียว ยังไม่ได้รับการยืนยันจาก ป.ป.ช.)";
    private static final String NATHON_2566_EN =
            "not Excellent because EIT 91.47 < 95 (the every-tool ≥ 95 rule has a single source, not confirmed by the NACC)";
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @TempDir
    static Path profile;
    private static DashboardServer server;
    private static Browser browser;
    private static String base;
    private static String nathon;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        server = DashboardServer.create(DashboardConfig.of(SampleDatabase.require())).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        nathon = (String) rows("SELECT agency_id FROM agency WHERE name_th = 'องค์การบริหารส่วนตำบลนาทอน'").get(0).get(0);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        server.close();
    }

    @Test
    void the_overview_of_nathon_fy2566_says_it_is_good_not_excellent_because_eit_91_47_is_below_95() throws Exception {
        String th = get("/agency/" + nathon + "?year=2566");
        assertTrue(th.contains("<em>ผ่านดี</em><p class=\"level-why\" id=\"level-why\">" + escaped(NATHON_2566_TH) + "</p>"),
                "the line sits under the level in the total's card: " + between(th, "kpi-total", "</div>"));
        String en = get("/agency/" + nathon + "?year=2566&lang=en");
        assertTrue(en.contains("<em>Good</em><p class=\"level-why\" id=\"level-why\">" + escaped(NATHON_2566_EN) + "</p>"),
                between(en, "kpi-total", "</div>"));
        assertTrue(th.contains("<div class=\"level-why\">ไม่ถึงผ่านดีเยี่ยมเพราะ EIT 91.47 &lt; 95<a class=\"note-mark\""),
                "the totals table says it under FY2566's level too, the caveat once under the table");
        assertEquals(1, count(th, "id=\"level-note\""));
    }

    @Test
    void every_level_of_the_agencies_list_says_why_as_the_bands_of_its_own_year_decide() throws Exception {
        Map<Integer, List<GradeBand>> bands = bands();
        String html = get("/");
        int withLevel = 0;
        for (List<Object> r : rows("""
                SELECT t.agency_id, t.fiscal_year, t.total, t.grade, t.iit, t.eit, t.oit FROM score_total t
                QUALIFY row_number() OVER (PARTITION BY agency_id ORDER BY fiscal_year DESC) = 1""")) {
            String row = between(html, "<tr data-agency=\"" + r.get(0) + "\"", "</tr>");
            if (r.get(3) == null) {
                assertTrue(!row.contains("level-why"), "FY" + r.get(1) + " has no bands, so no line: " + row);
                continue;
            }
            withLevel++;
            Map<Tool, Double> tools = new EnumMap<>(Tool.class);
            for (Tool tool : Tool.values()) {
                if (r.get(4 + tool.ordinal()) != null) {
                    tools.put(tool, ((Number) r.get(4 + tool.ordinal())).doubleValue());
                }
            }
            LevelExplanation e = LevelExplanation.of(bands.get(((Number) r.get(1)).intValue()),
                    ((Number) r.get(2)).doubleValue(), tools).orElseThrow();
            assertEquals(r.get(3), e.level().code(), "the line explains the level shown beside it");
            assertTrue(row.contains("<div class=\"level-why\">" + escaped(e.reason(Language.TH))), row);
        }
        assertTrue(withLevel > 50, "the sample's agencies nearly all have a level: " + withLevel);
        assertEquals(withLevel, count(html, "<div class=\"level-why\">"));
        assertTrue(between(get("/?lang=en"), "<tr data-agency=\"" + nathon + "\"", "</tr>")
                .contains("<div class=\"level-why\">not "), "English with ?lang=en");
    }

    @Test
    void the_line_reads_under_the_level_on_a_desktop_and_a_400_px_screen() throws Exception {
        browser = Browser.start(profile);
        Files.createDirectories(SCREENSHOTS);
        for (int width : new int[] {1280, 400}) {
            browser.driver.manage().window().setSize(new Dimension(width, 1000));
            browser.open(base + "/agency/" + nathon + "?year=2566");
            WebElement line = browser.driver.findElement(By.id("level-why"));
            WebElement level = browser.driver.findElement(By.cssSelector(".kpi em"));
            assertEquals(NATHON_2566_TH, line.getText());
            assertTrue(line.isDisplayed() && line.getRect().getY() > level.getRect().getY(), width + " px: under the level");
            Number screen = (Number) browser.js("return document.documentElement.clientWidth;");
            assertTrue(line.getRect().getX() + line.getRect().getWidth() <= screen.intValue(), width + " px: inside the screen");
            shoot("overview-" + width);

            browser.open(base + "/");
            WebElement cell = browser.driver.findElement(By.cssSelector("tr[data-agency='" + nathon + "'] td.grade"));
            WebElement why = cell.findElement(By.className("level-why"));
            assertTrue(cell.getText().contains(why.getText()) && why.getText().startsWith("ไม่ถึง"),
                    "plain text in the cell, read with the level: " + cell.getText());
            assertTrue(why.getRect().getWidth() >= 150, width + " px: a line, not a word per row: " + why.getRect());
            browser.js("arguments[0].scrollIntoView({inline: 'end'});", cell);
            shoot("agencies-" + width);
        }
        assertEquals(List.of(), browser.consoleErrors());
    }

    private void shoot(String name) throws Exception {
        Files.copy(browser.driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve("level-" + name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    private static Map<Integer, List<GradeBand>> bands() throws Exception {
        Map<Integer, List<GradeBand>> out = new java.util.TreeMap<>();
        for (List<Object> r : rows("SELECT fiscal_year, code, label_th, label_en, min_score, max_score, min_each_tool, "
                + "pass FROM catalog_grade_band ORDER BY fiscal_year, priority")) {
            out.computeIfAbsent(((Number) r.get(0)).intValue(), y -> new ArrayList<>()).add(new GradeBand(
                    (String) r.get(1), (String) r.get(2), (String) r.get(3), ((Number) r.get(4)).doubleValue(),
                    ((Number) r.get(5)).doubleValue(), r.get(6) == null ? null : ((Number) r.get(6)).doubleValue(),
                    (Boolean) r.get(7)));
        }
        return out;
    }

    private static List<List<Object>> rows(String sql) throws Exception {
        try (Connection c = DuckDbStore.openReadOnly(SampleDatabase.require()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            List<List<Object>> out = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i));
                }
                out.add(row);
            }
            return out;
        }
    }

    private static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertTrue(from >= 0, start + " not on the page");
        return html.substring(from, html.indexOf(end, from) + end.length());
    }

    private static int count(String html, String text) {
        Matcher m = Pattern.compile(Pattern.quote(text)).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
