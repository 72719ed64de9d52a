package th.ita.insight.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON API against the database the real batch published from the sample. */
class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static DashboardServer server;
    private static String nathon;

    @BeforeAll
    static void start() throws Exception {
        server = DashboardServer.create(new DashboardConfig(SampleDatabase.require(), "127.0.0.1", Duration.ofSeconds(1)))
                .start("127.0.0.1", 0);
        JsonNode found = json(get("/api/agencies?q=" + enc("นาทอน")));
        assertEquals(1, found.size(), found.toString());
        nathon = found.get(0).get("agency_id").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void search_finds_agencies_by_partial_thai_name_id_and_english_province() throws Exception {
        assertEquals(nathon, json(get("/api/agencies?q=" + enc(nathon.substring(0, 10)))).findValuesAsText("agency_id")
                .stream().filter(nathon::equals).findFirst().orElse(""));
        assertTrue(json(get("/api/agencies?q=Satun")).size() >= 6);
        assertEquals(0, json(get("/api/agencies?q=" + enc("'; DROP TABLE agency; --"))).size());
        assertTrue(json(get("/api/agencies")).size() >= 73, "the table is still there");
    }

    @Test
    void scores_of_a_year_match_the_published_figures_at_every_level() throws Exception {
        JsonNode s = json(get("/api/agencies/" + nathon + "/scores?year=2566"));
        assertEquals(96.98, s.get("total").get("total").asDouble());
        assertEquals("GOOD", s.get("total").get("grade").asText());
        assertEquals(99.44, s.get("indicators").get(0).get("score").asDouble());
        assertEquals(10, s.get("indicators").size());
        assertEquals(88, s.get("questions").size());
        assertTrue(s.get("questions").get(0).get("source_file").asText().endsWith("ita-2564-2566-long.csv"));
        assertEquals(s, json(get("/api/agencies/" + nathon + "/scores?year=" + enc("๒๕๖๖"))), "Thai digits read the same");
    }

    @Test
    void weak_items_and_recommendations_carry_their_reasons_and_arithmetic() throws Exception {
        JsonNode weak = json(get("/api/agencies/" + nathon + "/weak-items?year=2566"));
        assertTrue(weak.findValuesAsText("key").containsAll(java.util.List.of("i4", "i7", "e13")), weak.toString());
        assertTrue(weak.get(0).get("reason_th").asText().length() > 5);
        JsonNode recs = json(get("/api/agencies/" + nathon + "/recommendations?year=2566"));
        JsonNode top = recs.get(0);
        assertEquals(1, top.get("rank").asInt());
        double sum = 0;
        for (JsonNode item : top.get("items")) {
            sum += item.get("gain").asDouble();
        }
        assertEquals(top.get("expected_gain").asDouble(), sum, 0.0051);
        assertFalse(top.get("how_th").asText().isBlank());
    }

    @Test
    void what_if_recomputes_the_total_and_grade_from_the_question_scores() throws Exception {
        JsonNode w = json(post("/api/agencies/" + nathon + "/what-if?year=2566", "{\"targets\": {\"E13\": \"๑๐๐\"}}"));
        assertEquals(96.98, w.get("before").get("total").asDouble());
        double e13 = json(get("/api/agencies/" + nathon + "/scores?year=2566")).get("questions").findParents("question")
                .stream().filter(q -> q.get("question").asText().equals("e13")).findFirst().orElseThrow().get("score").asDouble();
        assertEquals(0.02 * (100 - e13), w.get("gain").asDouble(), 0.0051);
        assertEquals(400, post("/api/agencies/" + nathon + "/what-if?year=2566", "{\"targets\": {\"i99\": 90}}").statusCode());
        assertEquals(400, post("/api/agencies/" + nathon + "/what-if?year=2566", "{\"targets\": {\"i1\": 120}}").statusCode());
        assertEquals(400, post("/api/agencies/" + nathon + "/what-if?year=2566", "not json").statusCode());
    }

    @Test
    void trends_and_peers_answer_for_the_agency() throws Exception {
        JsonNode trends = json(get("/api/agencies/" + nathon + "/trends?level=total"));
        assertTrue(trends.size() >= 2, "runs cut at method changes: " + trends);
        JsonNode peers = json(get("/api/agencies/" + nathon + "/peers?year=2566"));
        assertTrue(peers.findValuesAsText("peer_group").containsAll(java.util.List.of("type", "province", "region", "national")));
        JsonNode stats = json(get("/api/peer-groups/type/sao/stats?year=2566&level=indicator"));
        assertEquals(10, stats.size());
        JsonNode common = json(get("/api/peer-groups/province/" + enc("สตูล") + "/weak-questions?year=2566"));
        assertTrue(common.size() > 0);
        assertTrue(common.get(0).get("share").asDouble() >= common.get(common.size() - 1).get("share").asDouble());
        JsonNode weakOn = json(get("/api/peer-groups/type/sao/weak-on?year=2566&question=i8"));
        assertTrue(weakOn.size() > 0);
    }

    @Test
    void bad_parameters_get_400_or_404_with_a_message_in_the_chosen_language() throws Exception {
        HttpResponse<String> twoDigit = get("/api/agencies/" + nathon + "/scores?year=66");
        assertEquals(400, twoDigit.statusCode());
        assertTrue(twoDigit.body().contains("ปีสองหลัก"), twoDigit.body());
        HttpResponse<String> english = get("/api/agencies/" + nathon + "/scores?year=66&lang=en");
        assertTrue(english.body().contains("two-digit year"), english.body());
        assertEquals(404, get("/api/agencies/" + nathon + "/scores?year=2570").statusCode());
        assertEquals(404, get("/api/agencies/nobody/scores").statusCode());
        assertEquals(400, get("/api/agencies/" + nathon + "/trends?level=" + enc("total; DROP")).statusCode());
        assertEquals(400, get("/api/peer-groups/galaxy/x/stats").statusCode());
        assertEquals(404, get("/api/peer-groups/province/" + enc("แอตแลนติส") + "/stats").statusCode());
        assertEquals(400, get("/api/agencies?q=" + "x".repeat(500)).statusCode());
        HttpResponse<String> weird = get("/api/agencies/" + enc("../../etc/passwd") + "/scores");
        assertTrue(weird.statusCode() == 404 || weird.statusCode() == 400, weird.statusCode() + " " + weird.body());
        assertFalse(weird.body().contains("Exception"));
    }

    @Test
    void the_what_if_page_keeps_its_scenario_in_the_url_and_shows_the_new_total() throws Exception {
        double e13 = json(get("/api/agencies/" + nathon + "/scores?year=2566")).get("questions").findParents("question")
                .stream().filter(q -> q.get("question").asText().equals("e13")).findFirst().orElseThrow().get("score").asDouble();
        HttpResponse<String> page = get("/agency/" + nathon + "/what-if?year=2566&t.e13=" + enc("๑๐๐"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<strong id=\"kpi-before\">96.98</strong>"), page.body());
        String expected = String.format(java.util.Locale.ROOT, "<strong id=\"kpi-after\">%.2f</strong>",
                th.ita.insight.scoring.Rounding.twoDecimals(96.9763 + 0.02 * (100 - e13)));
        assertTrue(page.body().contains(expected), expected + " in " + page.body());
        assertTrue(page.body().contains("name=\"t.e13\" size=\"6\""), "the form offers the weak items");
        assertEquals(400, get("/agency/" + nathon + "/what-if?year=2566&t.i99=90").statusCode());
        HttpResponse<String> bad = get("/agency/" + nathon + "/what-if?year=2566&t.i1=" + enc("<b>x</b>"));
        assertEquals(400, bad.statusCode());
        assertFalse(bad.body().contains("<b>x</b>"));
    }

    @Test
    void a_question_detail_follows_the_question_through_the_years_and_places_it_among_peers() throws Exception {
        JsonNode d = json(get("/api/agencies/" + nathon + "/questions/E13?year=" + enc("๒๕๖๖")));
        assertEquals("e13", d.get("code").asText(), "codes are read case-insensitively");
        assertEquals(8, d.get("indicator").asInt());
        assertEquals(2566, d.get("series").get(2).get("fiscal_year").asInt());
        assertEquals(d.get("score").asDouble(), d.get("series").get(2).get("score").asDouble());
        assertEquals(4, d.get("peers").size(), "type, province, region, national");
        assertEquals("type", d.get("peers").get(0).get("peer_group").asText());
        JsonNode oit = json(get("/api/agencies/" + nathon + "/questions/o1?year=2566"));
        assertEquals(2566, oit.get("cut_before").asInt(), "OIT items were renumbered in 2566: no earlier years");
        assertEquals(1, oit.get("series").size() == 0 ? 1 : oit.get("series").get(0).get("fiscal_year").asInt() == 2566 ? 1 : 0);
    }

    @Test
    void indicators_and_trends_answer_with_the_published_medians() throws Exception {
        JsonNode ind = json(get("/api/agencies/" + nathon + "/indicators?year=2566"));
        assertEquals(10, ind.size());
        assertEquals(99.44, ind.get(0).get("score").asDouble());
        JsonNode t = json(get("/api/trends?group=national&key=all&level=tool"));
        assertEquals(java.util.List.of("IIT", "EIT", "OIT"), t.get("keys").findValuesAsText("key"));
        assertTrue(t.get("method_breaks").findValuesAsText("fiscal_year").contains("2566"));
    }

    @Test
    void bad_parameters_of_the_new_pages_are_4xx_with_a_message() throws Exception {
        for (String path : java.util.List.of("/agency/" + nathon + "/questions?tool=XIT", "/agency/" + nathon + "/questions?indicator=11",
                "/agency/" + nathon + "/questions?indicator=1.5", "/agency/" + nathon + "/questions?q=" + enc("i1' OR 1=1"),
                "/api/agencies/" + nathon + "/questions/" + enc("../../etc"), "/trends?peer=nation", "/trends?level=answers",
                "/group/type/sao?question=" + enc("<script>"), "/api/trends?group=" + enc("'; DROP TABLE peer_stats; --"))) {
            HttpResponse<String> r = get(path);
            assertEquals(400, r.statusCode(), path + " → " + r.body());
            assertFalse(r.body().contains("<script>"), "echoed input is escaped");
        }
        for (String path : java.util.List.of("/api/agencies/" + nathon + "/questions/i99?year=2566", "/trends?group=type&key=nope",
                "/agency/nope/indicators", "/agency/" + nathon + "/indicators?year=2550")) {
            assertEquals(404, get(path).statusCode(), path);
        }
    }
}
