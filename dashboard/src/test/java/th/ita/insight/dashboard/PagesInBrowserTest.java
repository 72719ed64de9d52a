package th.ita.insight.dashboard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import th.ita.insight.store.DuckDbStore;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page in a real headless Chromium (through chromedriver) against the database the real batch
 * published from the sample: charts drawn on a canvas, no console errors, numbers equal to the
 * database, clicks, the language switch keeping the view, and a shared URL opening the same view.
 */
class PagesInBrowserTest {
    @TempDir
    static Path profile;
    private static DashboardServer server;
    private static Browser browser;
    private static String base;
    private static String nathon;

    @BeforeAll
    static void start() throws Exception {
        server = DashboardServer.create(DashboardConfig.of(SampleDatabase.require())).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        browser = Browser.start(profile);
        nathon = one("SELECT agency_id FROM agency WHERE name_th = 'องค์การบริหารส่วนตำบลนาทอน'");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        server.close();
    }

    @AfterEach
    void no_console_errors() {
        assertEquals(List.of(), browser.consoleErrors(), "the page logged errors");
    }

    @Test
    void every_page_draws_its_charts_on_a_canvas_without_errors() throws Exception {
        String sao = "/group/type/sao?year=2566";
        for (String page : List.of("/", "/agency/" + nathon + "?year=2566", "/agency/" + nathon + "/indicators?year=2566",
                "/agency/" + nathon + "/questions?year=2566", sao, "/trends", "/trends?level=question&tool=EIT")) {
            browser.open(base + page);
            browser.waitFor("document.querySelectorAll('.chart').length > 0 && Array.prototype.every.call("
                    + "document.querySelectorAll('.chart'), function (c) { return c.querySelector('canvas, svg'); })");
            assertEquals(List.of(), browser.consoleErrors(), page);
        }
        for (String page : List.of("/agency/" + nathon + "/weak-points?year=2566", "/agency/" + nathon + "/what-if?year=2566&t.e13=100",
                "/agency/" + nathon + "/questions?year=2566&tool=OIT&indicator=1", "/no-such-page")) {
            browser.open(base + page);
            List<String> errors = browser.consoleErrors();
            if (page.equals("/no-such-page")) {
                assertEquals(1, errors.size(), "only the 404 itself: " + errors);
                assertTrue(browser.driver.getPageSource().contains("ไม่พบหน้านี้"), browser.driver.getPageSource());
            } else {
                assertEquals(List.of(), errors, page);
            }
        }
        browser.open(base + "/agency/" + nathon + "/questions?year=2566&tool=OIT&indicator=1");
        assertTrue(browser.driver.findElement(By.id("empty")).isDisplayed(), "OIT has no indicator 1: a readable empty state");
    }

    @Test
    void the_grade_chart_names_every_grade_under_its_bar_on_a_wide_and_a_narrow_screen() throws Exception {
        for (int width : new int[] {1280, 420}) {
            browser.driver.manage().window().setSize(new Dimension(width, 1000));
            try {
                browser.open(base + "/");
                browser.waitFor("document.querySelector('#grade-chart svg')");
                @SuppressWarnings("unchecked")
                List<String> labels = (List<String>) browser.js(
                        "return JSON.parse(document.getElementById('grade-chart').getAttribute('data-chart')).labels;");
                @SuppressWarnings("unchecked")
                List<String> drawn = (List<String>) browser.js("return Array.prototype.map.call("
                        + "document.querySelectorAll('#grade-chart svg text'), function (t) { return t.textContent; });");
                assertTrue(labels.size() >= 4, "the sample's latest year has several grades: " + labels);
                for (String label : labels) {
                    assertTrue(drawn.contains(label), width + " px: grade " + label + " is drawn, not hidden: " + drawn);
                }
            } finally {
                browser.driver.manage().window().setSize(new Dimension(1280, 1000));
            }
        }
    }

    @Test
    void on_a_phone_no_page_is_wider_than_the_screen_and_the_grade_chart_keeps_its_title_inside() throws Exception {
        browser.driver.manage().window().setSize(new Dimension(400, 900));
        try {
            for (String page : List.of("/", "/agency/" + nathon + "?year=2566", "/agency/" + nathon + "/weak-points?year=2566",
                    "/agency/" + nathon + "/indicators?year=2566", "/agency/" + nathon + "/questions?year=2566",
                    "/agency/" + nathon + "/what-if?year=2566", "/group/type/sao?year=2566", "/trends")) {
                browser.open(base + page);
                browser.waitFor("document.readyState === 'complete'");
                Number wide = (Number) browser.js("return document.documentElement.scrollWidth;");
                Number screen = (Number) browser.js("return document.documentElement.clientWidth;");
                if (wide.intValue() > screen.intValue()) {
                    Object outermost = browser.js("""
                            // an absolutely placed element escapes a scrolling ancestor that is not its containing block
                            var w = document.documentElement.clientWidth, clipped = function (e) {
                              for (var a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                                if (getComputedStyle(a).overflowX !== 'visible') { return true; } }
                              return false; };
                            return Array.prototype.filter.call(document.querySelectorAll('body *'), function (e) {
                              return e.getBoundingClientRect().right > w + 1
                                && (!clipped(e) || getComputedStyle(e).position === 'absolute'); }).slice(0, 5).map(function (e) {
                              return e.tagName + (e.id ? '#' + e.id : '') + ' ' + e.className + ' → '
                                + Math.round(e.getBoundingClientRect().right) + ' px'; });""");
                    throw new AssertionError(page + " is " + wide + " px wide on a " + screen
                            + " px screen: the reader scrolls sideways; past the edge: " + outermost);
                }
            }
            browser.open(base + "/");
            browser.waitFor("document.querySelector('#grade-chart svg text')");
            @SuppressWarnings("unchecked")
            List<String> outside = (List<String>) browser.js("""
                    var svg = document.querySelector('#grade-chart svg'), box = svg.getBoundingClientRect();
                    return Array.prototype.filter.call(svg.querySelectorAll('text'), function (t) {
                      var r = t.getBoundingClientRect();
                      return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1);
                    }).map(function (t) { return t.textContent; });""");
            assertEquals(List.of(), outside, "texts of the grade chart cut at its edges on a phone");
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void the_indicators_page_shows_the_database_scores_and_medians() throws Exception {
        browser.open(base + "/agency/" + nathon + "/indicators?year=2566");
        browser.waitFor("document.querySelector('#radar canvas')");

        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#indicators tbody tr"));
        assertEquals(10, rows.size());
        for (WebElement row : rows) {
            int indicator = Integer.parseInt(row.getAttribute("data-indicator"));
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertEquals(fmt(one("SELECT score FROM score_indicator WHERE agency_id = ? AND fiscal_year = 2566 AND indicator = ?",
                    nathon, indicator)), cells.get(3).getText().split(" ")[0], "indicator " + indicator);
            assertEquals(fmt(one("SELECT p50 FROM peer_stats WHERE fiscal_year = 2566 AND peer_group = 'type' AND group_key = 'sao' "
                    + "AND level = 'indicator' AND key = ?", String.valueOf(indicator))), cells.get(6).getText());
        }
        assertEquals("99.44", rows.get(0).findElements(By.tagName("td")).get(3).getText(), "the seed's indicator 1");
        assertTrue(browser.driver.findElement(By.id("break-note")).isDisplayed(), "2566 changed the method: no change column");
    }

    @Test
    void clicking_a_heatmap_cell_opens_the_question_with_its_series_and_peers_and_the_url_keeps_it() throws Exception {
        browser.open(base + "/agency/" + nathon + "/questions?year=2566&tool=EIT");
        browser.waitFor("document.querySelector('#heatmap canvas')");
        // The pixel centre of the cell (FY2566, e13), asked of the chart itself, then a real mouse click there.
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) browser.js("""
                var el = document.getElementById('heatmap');
                var chart = echarts.getInstanceByDom(el);
                var years = JSON.parse(el.getAttribute('data-years'));
                var codes = JSON.parse(el.getAttribute('data-rows')).map(function (r) { return r.label; });
                return chart.convertToPixel({ seriesIndex: 0 }, [years.indexOf(2566), codes.indexOf('e13')]);""");
        WebElement canvas = browser.driver.findElement(By.cssSelector("#heatmap canvas"));
        new Actions(browser.driver).moveToElement(canvas, 0, 0)
                .moveByOffset(xy.get(0).intValue() - canvas.getSize().width / 2, xy.get(1).intValue() - canvas.getSize().height / 2)
                .click().perform();
        browser.waitFor("document.getElementById('question-detail').getAttribute('data-code') === 'e13'");

        String detail = browser.driver.findElement(By.id("question-detail")).getText();
        String text = one("SELECT text_th FROM catalog_question WHERE fiscal_year = 2566 AND code = 'e13'");
        assertTrue(detail.contains(text), detail);
        assertTrue(detail.contains("คะแนน " + fmt(one("SELECT score FROM score_question WHERE agency_id = ? AND fiscal_year = 2566 "
                + "AND question = 'e13'", nathon))), detail);
        assertTrue(detail.contains(fmt(one("SELECT p50 FROM peer_stats WHERE fiscal_year = 2566 AND peer_group = 'national' "
                + "AND level = 'question' AND key = 'e13'"))), "the national median of e13");
        List<String> seriesYears = browser.driver.findElements(By.cssSelector("#question-detail table.series tbody tr, "
                + "#question-detail table.series tr")).stream().skip(1).map(r -> r.getText().split(" ")[0]).toList();
        assertTrue(seriesYears.containsAll(List.of("2564", "2565", "2566", "2567", "2568")), seriesYears.toString());
        assertTrue(browser.driver.getCurrentUrl().contains("q=e13"), "the URL carries the open question");

        // Following the shared URL in a fresh page opens the same question with the same filter.
        String shared = browser.driver.getCurrentUrl();
        browser.open("about:blank");
        browser.open(shared);
        browser.waitFor("document.getElementById('question-detail').getAttribute('data-code') === 'e13'");
        assertEquals("EIT", browser.driver.findElement(By.cssSelector("#tool option[selected]")).getText());
        assertFalse(browser.driver.findElements(By.cssSelector("#matrix tbody th")).stream().anyMatch(th -> th.getText().startsWith("i")),
                "only EIT questions");

        // The language switch keeps the agency, the filter and the open question.
        browser.driver.findElement(By.id("lang-toggle")).click();
        browser.waitFor("document.documentElement.lang === 'en' && document.getElementById('question-detail').getAttribute('data-code') === 'e13'");
        String url = browser.driver.getCurrentUrl();
        assertTrue(url.contains("tool=EIT") && url.contains("q=e13") && url.contains("lang=en") && url.contains(nathon), url);
        assertTrue(browser.driver.findElement(By.id("question-detail")).getText().contains("Score"));
    }

    @Test
    void the_group_table_sorts_by_total_and_marks_the_chosen_agency() throws Exception {
        browser.open(base + "/group/province/" + URLEncoder.encode("สตูล", StandardCharsets.UTF_8).replace("+", "%20")
                + "?year=2566&agency=" + nathon);
        browser.waitFor("document.querySelector('#histogram canvas')");
        assertTrue(browser.driver.findElement(By.cssSelector("#agencies tr.marked")).getText().contains("นาทอน"));
        assertEquals("1/6", browser.driver.findElement(By.id("kpi-marked")).getText().replace("อันดับ ", ""));

        WebElement totalHeader = browser.driver.findElements(By.cssSelector("#agencies thead th")).get(4);
        totalHeader.findElement(By.tagName("button")).click();
        assertEquals("ascending", totalHeader.getAttribute("aria-sort"));
        List<Double> shown = new ArrayList<>();
        for (WebElement cell : browser.driver.findElements(By.cssSelector("#agencies tbody td.total"))) {
            shown.add(Double.parseDouble(cell.getText()));
        }
        List<Double> sorted = new ArrayList<>(shown);
        sorted.sort(null);
        assertEquals(sorted, shown, "ascending after one click");
        assertEquals(fmt(one("SELECT min(score) FROM peer_rank WHERE fiscal_year = 2566 AND peer_group = 'province' "
                + "AND group_key = 'สตูล' AND level = 'total'")), String.format(Locale.ROOT, "%.2f", shown.get(0)));

        // The histogram's table holds the chart's numbers: the bins add up to the group.
        int sum = 0;
        for (WebElement c : browser.driver.findElements(By.cssSelector("#histogram-table tbody td.num"))) {
            sum += Integer.parseInt(c.getAttribute("textContent"));
        }
        assertEquals(shown.size(), sum);
    }

    @Test
    void the_national_trends_page_shows_the_national_medians_with_the_method_changes() throws Exception {
        browser.open(base + "/trends?level=indicator");
        browser.waitFor("document.querySelector('#trend-chart canvas')");
        WebElement row = browser.driver.findElement(By.cssSelector("#medians tr[data-key='1']"));
        List<WebElement> cells = row.findElements(By.tagName("td"));
        List<WebElement> years = browser.driver.findElements(By.cssSelector("#medians thead th[scope=col]"));
        for (int i = 0; i < years.size(); i++) {
            int year = Integer.parseInt(years.get(i).getText().substring(0, 4));
            assertEquals(fmt(one("SELECT p50 FROM peer_stats WHERE fiscal_year = ? AND peer_group = 'national' "
                    + "AND level = 'indicator' AND key = '1'", year)), cells.get(i).getText(), "FY" + year);
        }
        assertTrue(browser.driver.findElement(By.id("breaks")).getText().contains("2566"), "the 2566 method change is listed");
    }

    /** One value from the published sample database, as the tests' source of truth. */
    @SuppressWarnings("unchecked")
    private static <T> T one(String sql, Object... params) throws Exception {
        try (Connection c = DuckDbStore.openReadOnly(SampleDatabase.require()); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), sql);
                return (T) rs.getObject(1);
            }
        }
    }

    private static String fmt(Object v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.2f", ((Number) v).doubleValue());
    }
}
