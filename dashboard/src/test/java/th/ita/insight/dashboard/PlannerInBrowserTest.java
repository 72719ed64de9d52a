package th.ita.insight.dashboard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import th.ita.insight.dashboard.auth.ReadAccess;
import th.ita.insight.store.DuckDbStore;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The planner in real headless Chromium: every role signs in through the form; an officer plans; hostile text stays text. */
class PlannerInBrowserTest {
    @TempDir
    static Path dir;
    private static DashboardServer server;
    private static Browser browser;
    private static String base;
    private static String nathon;

    @BeforeAll
    static void start() throws Exception {
        Path db = dir.resolve("ita.duckdb");
        PlannerFixture.publishSample(db, "run-1", Set.of());
        try (Connection c = DuckDbStore.openReadOnly(db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT agency_id FROM agency WHERE name_th = '" + PlannerFixture.NATHON + "'")) {
            rs.next();
            nathon = rs.getString(1);
        }
        Path plans = dir.resolve("plans.duckdb");
        PlannerFixture.accounts(plans, List.of(PlannerFixture.account("admin1", "admin", null, Set.of()),
                PlannerFixture.account("overseer-satun", "overseer", null, Set.of("สตูล")),
                PlannerFixture.account("officer-nathon", "officer", nathon, Set.of())));
        server = DashboardServer.create(new DashboardConfig(db, "127.0.0.1", Duration.ZERO, DashboardConfig.DEFAULT_CACHE_BYTES,
                plans, ReadAccess.OPEN)).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        browser = Browser.start(java.nio.file.Files.createDirectories(dir.resolve("chrome")));
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

    private static void logIn(String name) {
        browser.logIn(base, name, PlannerFixture.PASSWORD);
    }

    private static void logOut() {
        browser.driver.findElement(By.id("logout")).click();
        browser.waitFor("location.pathname === '/'");
    }

    @Test
    void every_role_signs_in_through_the_form_and_sees_its_page() {
        for (String[] c : List.of(new String[]{"admin1", "/admin/users", "users"}, new String[]{"overseer-satun", "/coverage", "coverage"},
                new String[]{"officer-nathon", "/agency/" + nathon + "/plan", "user-bar"})) {
            logIn(c[0]);
            assertEquals(c[1], browser.js("return location.pathname"));
            assertEquals(c[0], browser.driver.findElement(By.id("user-name")).getText());
            assertTrue(!browser.driver.findElements(By.id(c[2])).isEmpty());
            logOut();
            assertEquals(List.of(), browser.consoleErrors(), c[0]);
        }
    }

    @Test
    void an_officer_plans_from_the_weak_points_page_and_hostile_text_is_shown_as_text() {
        logIn("officer-nathon");
        browser.open(base + "/agency/" + nathon + "/weak-points?year=2566");
        browser.driver.findElement(By.cssSelector("form.add-to-plan button")).click();
        browser.waitFor("document.getElementById('plan-form')");
        String hostile = "<script>window.pwned = 1</script><img src=x onerror=\"window.pwned=2\">แผน";
        browser.driver.findElement(By.id("title")).clear();
        browser.driver.findElement(By.id("title")).sendKeys(hostile);
        browser.driver.findElement(By.id("save")).click();
        browser.waitFor("document.getElementById('item-title')");
        assertEquals(hostile, browser.driver.findElement(By.id("item-title")).getText());
        browser.open(base + "/agency/" + nathon + "/plan?year=2566&view=theme");
        assertTrue(browser.driver.findElement(By.id("board")).getText().contains(hostile), "the board shows the title as typed");
        assertEquals(null, browser.js("return window.pwned === undefined ? null : window.pwned"), "nothing ran");
        assertEquals(0L, browser.js("return document.querySelectorAll('#board script, #board img').length"));
        assertEquals(List.of(), browser.consoleErrors());
        logOut();
    }
}
