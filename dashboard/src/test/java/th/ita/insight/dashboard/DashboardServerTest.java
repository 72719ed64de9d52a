package th.ita.insight.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DashboardServerTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(DashboardServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> getIfNoneMatch(DashboardServer server, String path, String etag) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static DashboardServer start(Path db) {
        return DashboardServer.create(new DashboardConfig(db, "127.0.0.1", Duration.ZERO)).start("127.0.0.1", 0);
    }

    @Test
    void the_agencies_page_lists_each_agency_with_its_latest_total_and_grade(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("ita.duckdb");
        TestDatabases.publish(db, "run-1", 96.98);
        try (DashboardServer server = start(db)) {
            HttpResponse<String> page = get(server, "/");
            assertEquals(200, page.statusCode());
            String html = page.body();
            assertTrue(html.contains("องค์การบริหารส่วนตำบลนาทอน"), html);
            assertTrue(html.matches("(?s).*sao-91-aaaa.*<td>2566</td><td class=\"num total\">96.98</td><td class=\"grade\">ผ่านดี</td>.*"), html);
            assertTrue(html.contains("<td class=\"num total\">95.15</td><td class=\"grade\">ผ่านดี <span class=\"printed\">(เผยแพร่ว่า A)</span>"),
                    "a printed label that differs from the official level is shown beside it");
            assertTrue(html.contains("ข้อมูลจากการประมวลผลรอบ run-1"));
            assertTrue(html.contains("กรม&lt;script&gt;alert(1)&lt;/script&gt;"), "names are escaped");
            assertFalse(html.contains("<script>alert(1)"));
            assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));

            HttpResponse<String> english = get(server, "/?lang=en");
            assertTrue(english.body().contains("<td class=\"grade\">Good</td>"));
            assertTrue(english.body().contains("Latest Integrity and Transparency Assessment"));
        }
    }

    @Test
    void the_json_api_gives_the_same_numbers(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("ita.duckdb");
        TestDatabases.publish(db, "run-1", 96.98);
        try (DashboardServer server = start(db)) {
            JsonNode agencies = new ObjectMapper().readTree(get(server, "/api/agencies").body());
            assertEquals(3, agencies.size());
            JsonNode nathon = null;
            for (JsonNode a : agencies) {
                if (a.get("agency_id").asText().equals("sao-91-aaaa")) {
                    nathon = a;
                }
            }
            assertEquals(96.98, nathon.get("total").asDouble());
            assertEquals(2566, nathon.get("fiscal_year").asInt());
            assertEquals("ผ่านดี", nathon.get("grade_th").asText());
        }
    }

    @Test
    void an_unchanged_publish_answers_304_to_a_repeated_api_request_and_a_new_one_changes_the_etag(@TempDir Path dir)
            throws Exception {
        Path db = dir.resolve("ita.duckdb");
        TestDatabases.publish(db, "run-1", 96.98);
        try (DashboardServer server = start(db)) {
            HttpResponse<String> first = get(server, "/api/agencies");
            String etag = first.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> again = getIfNoneMatch(server, "/api/agencies", etag);
            assertEquals(304, again.statusCode());
            assertEquals("", again.body());
            TestDatabases.publish(db, "run-2", 97.01);
            HttpResponse<String> after = getIfNoneMatch(server, "/api/agencies", etag);
            assertEquals(200, after.statusCode());
            assertTrue(after.body().contains("97.01"));
            assertFalse(etag.equals(after.headers().firstValue("ETag").orElseThrow()));
        }
    }

    @Test
    void a_new_publish_is_served_without_a_restart(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("ita.duckdb");
        TestDatabases.publish(db, "run-1", 96.98);
        try (DashboardServer server = start(db)) {
            assertTrue(get(server, "/").body().contains("96.98"));
            TestDatabases.publish(db, "run-2", 97.01);
            String html = get(server, "/").body();
            assertTrue(html.contains("97.01") && html.contains("run-2"), html);
            assertFalse(html.contains("96.98"));
        }
    }

    @Test
    void bad_parameters_and_unknown_paths_get_4xx_with_a_message_never_a_stack_trace(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("ita.duckdb");
        TestDatabases.publish(db, "run-1", 96.98);
        try (DashboardServer server = start(db)) {
            HttpResponse<String> badLang = get(server, "/?lang=%27%3B%20DROP%20TABLE%20agency");
            assertEquals(400, badLang.statusCode());
            assertTrue(badLang.body().contains("lang must be th or en"), badLang.body());
            HttpResponse<String> missing = get(server, "/no/such/page");
            assertEquals(404, missing.statusCode());
            assertFalse(missing.body().contains("Exception"));
            HttpResponse<String> noAgency = get(server, "/agency/%3Cscript%3Ealert(1)%3C%2Fscript%3E?lang=en");
            assertEquals(404, noAgency.statusCode());
            assertTrue(noAgency.body().contains("no agency with id &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39;"), noAgency.body());
            assertTrue(noAgency.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertEquals(400, get(server, "/api/agencies?lang=xx").statusCode());
        }
    }

    @Test
    void before_anything_is_published_the_server_says_so_with_503(@TempDir Path dir) throws Exception {
        try (DashboardServer server = start(dir.resolve("not-yet.duckdb"))) {
            HttpResponse<String> r = get(server, "/");
            assertEquals(503, r.statusCode());
            assertTrue(r.body().contains("no published database"), r.body());
        }
    }

    @Test
    void echarts_is_served_from_the_webjar_and_scripts_from_static(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("ita.duckdb");
        TestDatabases.publish(db, "run-1", 96.98);
        try (DashboardServer server = start(db)) {
            HttpResponse<String> echarts = get(server, "/webjars/echarts/5.5.0/echarts.min.js");
            assertEquals(200, echarts.statusCode());
            assertTrue(echarts.body().length() > 500_000);
            assertEquals(200, get(server, "/static/agencies.js").statusCode());
        }
    }

    @Test
    void a_database_of_another_schema_version_is_refused_with_a_message_and_never_replaces_a_good_publish(@TempDir Path dir)
            throws Exception {
        Path old = dir.resolve("old.duckdb");
        try (java.sql.Connection c = th.ita.insight.store.DuckDbStore.openWritable(old); java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE TABLE schema_version (version INTEGER, description VARCHAR)");
            st.execute("INSERT INTO schema_version VALUES (2, 'an older batch')");
        }
        try (DashboardServer server = start(old)) {
            HttpResponse<String> r = get(server, "/api/agencies");
            assertEquals(503, r.statusCode());
            assertTrue(r.body().contains("schema version 2") && r.body().contains("--fresh"), r.body());
        }

        Path db = dir.resolve("ita.duckdb");
        TestDatabases.publish(db, "run-1", 96.98);
        try (DashboardServer server = start(db)) {
            assertEquals(200, get(server, "/api/agencies").statusCode());
            java.nio.file.Files.move(old, db, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            HttpResponse<String> still = get(server, "/?lang=en");
            assertEquals(200, still.statusCode(), "the previous publish is still served");
            assertTrue(still.body().contains("run-1"));
        }
    }

    @Test
    void a_remembered_answer_is_never_served_for_a_newer_publish(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("ita.duckdb");
        TestDatabases.publish(db, "run-1", 96.98);
        try (DashboardServer server = start(db)) {
            String first = get(server, "/api/agencies/sao-91-aaaa").body();
            assertEquals(first, get(server, "/api/agencies/sao-91-aaaa").body(), "the same answer twice");
            assertTrue(first.contains("96.98"));
            TestDatabases.publish(db, "run-2", 97.5);
            String after = get(server, "/api/agencies/sao-91-aaaa").body();
            assertTrue(after.contains("97.5") && !after.contains("96.98"), after);
        }
    }

    @Test
    void a_browser_gets_the_same_answer_gzipped_computed_or_remembered_and_a_plain_client_gets_it_plain() throws Exception {
        try (DashboardServer server = start(SampleDatabase.require())) {
            int gzipped = 0;
            for (String path : List.of("/", "/api/agencies", "/api/trends", "/health")) {
                List<String> bodies = new java.util.ArrayList<>();
                for (int i = 0; i < 2; i++) { // computed, then remembered
                    HttpResponse<byte[]> gz = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                            .header("Accept-Encoding", "gzip, deflate, br").build(), HttpResponse.BodyHandlers.ofByteArray());
                    assertEquals(200, gz.statusCode(), path);
                    assertEquals("Accept-Encoding", gz.headers().firstValue("Vary").orElse(""), path);
                    boolean compressed = gz.headers().firstValue("Content-Encoding").orElse("").equals("gzip");
                    byte[] body = gz.body();
                    if (compressed) {
                        gzipped++;
                        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
                            body = in.readAllBytes();
                        }
                    }
                    assertEquals(body.length >= 1500, compressed, path + ": gzipped exactly when 1.5 kB or more (" + body.length + " B)");
                    bodies.add(new String(body, java.nio.charset.StandardCharsets.UTF_8));
                    HttpResponse<String> plain = get(server, path);
                    assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), path);
                    assertEquals("Accept-Encoding", plain.headers().firstValue("Vary").orElse(""), path);
                    assertEquals(plain.body(), bodies.get(i), path + ": the same answer either way");
                }
                assertEquals(bodies.get(0), bodies.get(1), path + ": computed, then remembered");
            }
            assertEquals(6, gzipped, "the page and the two API answers are large enough to be gzipped, the health check is not");
        }
    }
}
