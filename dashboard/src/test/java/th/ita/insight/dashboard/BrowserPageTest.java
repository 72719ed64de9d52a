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
}
