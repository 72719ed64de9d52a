package th.ita.insight.dashboard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Loads the agencies page in a real headless Chromium (Debian's, as CI installs it) and reads the DOM
 * after the page's scripts ran: the chart must have been drawn by ECharts from the WebJar under the
 * page's CSP, and the table must show the published numbers.
 */
class BrowserPageTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    static String renderedDom(String url, Path profile) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            fail("browser tests need Debian's chromium: apt-get install -y chromium fonts-thai-tlwg (see README)");
        }
        java.nio.file.Files.createDirectories(profile);
        Path out = profile.resolve("dom.html");
        Process p = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + profile.resolve("profile"), "--virtual-time-budget=5000",
                "--dump-dom", url))
                .redirectOutput(out.toFile()).redirectError(profile.resolve("chromium.log").toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish within 60 s");
        }
        assertEquals(0, p.exitValue(), Files.readString(profile.resolve("chromium.log")));
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** อบต.นาทอน's id in the sample database, found the way a user finds it: by searching its name. */
    private static String nathonId(String base) throws Exception {
        String list = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        base + "/api/agencies?q=" + java.net.URLEncoder.encode("นาทอน", StandardCharsets.UTF_8))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(list).get(0).get("agency_id").asText();
    }

    @Test
    void the_agencies_page_renders_its_chart_and_table_in_chromium(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("ita.duckdb");
        TestDatabases.publish(db, "run-browser", 96.98);
        try (DashboardServer server = DashboardServer.create(DashboardConfig.of(db)).start("127.0.0.1", 0)) {
            String dom = renderedDom("http://127.0.0.1:" + server.port() + "/", dir);

            assertTrue(dom.matches("(?s).*<div id=\"grade-chart\"[^>]*_echarts_instance_.*<svg.*"),
                    "ECharts drew the chart: " + dom.substring(0, Math.min(dom.length(), 2000)));
            assertTrue(dom.contains("ผ่านดี"), "Thai grade label in the chart and table");
            assertTrue(dom.contains("<td class=\"num total\">96.98</td>"));
            assertTrue(dom.contains("กรม&lt;script&gt;alert(1)&lt;/script&gt;"), "a hostile name stays text");
        }
    }

    @Test
    void the_agency_overview_draws_its_chart_and_shows_the_published_numbers(@TempDir Path dir) throws Exception {
        try (DashboardServer server = DashboardServer.create(DashboardConfig.of(SampleDatabase.require())).start("127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            String id = nathonId(base);

            String dom = renderedDom(base + "/agency/" + id + "?year=2566", dir);

            assertTrue(dom.matches("(?s).*<div id=\"total-chart\"[^>]*_echarts_instance_.*<canvas.*"), "the chart was drawn");
            assertTrue(dom.contains("<strong id=\"kpi-total\">96.98</strong><em>ผ่านดี</em>"), "the published total");
            assertTrue(dom.contains("<td>2566 <span class=\"printed\""), "the 2566 method change is marked");
            // The overview lists 15 weak items by priority, then gap: นาทอน's are all kept at their level, e3 the widest gap.
            assertTrue(dom.contains("<td>e3</td>"), "a weak question the seed names");

            String english = renderedDom(base + "/agency/" + id + "?year=2566&lang=en", dir.resolve("en"));
            assertTrue(english.contains("<strong id=\"kpi-total\">96.98</strong><em>Good</em>"), "the language switch keeps the page");
        }
    }

    @Test
    void the_weak_points_page_groups_measures_by_the_seeds_themes_with_their_arithmetic(@TempDir Path dir) throws Exception {
        try (DashboardServer server = DashboardServer.create(DashboardConfig.of(SampleDatabase.require())).start("127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            String id = nathonId(base);

            String dom = renderedDom(base + "/agency/" + id + "/weak-points?year=2566", dir);

            assertTrue(dom.contains("<h3>ประเด็นที่ 1 กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ</h3>"), "theme 1 as the seed names it");
            assertTrue(dom.indexOf("ประเด็นที่ 1 ") < dom.indexOf("ประเด็นที่ 3 "), "themes in the seed's order");
            assertTrue(dom.contains("อ้างอิงจากข้อ OIT o34 การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี · o35 "),
                    "measure 1 cites the seed's OIT items with FY2566's titles");
            assertTrue(dom.contains(" · o27 แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ · o28 "), dom);
            assertTrue(dom.matches("(?s).*<td>i4</td><td>[^<]*</td><td class=\"num\">[0-9.]+</td>.*"), "i4 with its score");
        }
    }

    @Test
    void the_peer_group_page_draws_the_distribution_and_lists_the_group_by_rank(@TempDir Path dir) throws Exception {
        try (DashboardServer server = DashboardServer.create(DashboardConfig.of(SampleDatabase.require())).start("127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();

            String dom = renderedDom(base + "/group/province/" + java.net.URLEncoder.encode("สตูล", StandardCharsets.UTF_8)
                    + "?year=2566", dir);

            assertTrue(dom.matches("(?s).*<div id=\"histogram\"[^>]*_echarts_instance_.*<canvas.*"), "the histogram was drawn");
            assertTrue(dom.contains("<h2>จังหวัดสตูล ปีงบประมาณ 2566</h2>"), dom.substring(0, Math.min(2000, dom.length())));
            assertTrue(dom.matches("(?s).*<td class=\"num\">1</td><td><a href=\"/agency/[^\"]+\">องค์การบริหารส่วนตำบลนาทอน</a>.*"),
                    "นาทอน (96.98) ranks first in สตูล");
            assertTrue(dom.contains("<strong id=\"kpi-n\">6</strong>"), "six agencies of สตูล have a FY2566 total");
        }
    }
}
