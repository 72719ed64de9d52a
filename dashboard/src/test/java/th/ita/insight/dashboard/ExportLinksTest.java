package th.ita.insight.dashboard;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page offers the exports of what it shows, and every link it offers downloads. */
class ExportLinksTest {
    private static final Pattern LINK = Pattern.compile("<a id=\"export-[^\"]+\" href=\"([^\"]+)\" download>");

    @Test
    void every_page_links_to_working_exports_of_what_it_shows() throws Exception {
        try (ExportClient client = new ExportClient(SampleDatabase.require())) {
            String nathon = (String) client.one("SELECT agency_id FROM agency WHERE name_th LIKE ?", "%นาทอน%");
            List<String> links = new ArrayList<>();
            for (String page : List.of("/?lang=en", "/agency/" + nathon + "/weak-points?year=2566",
                    "/group/province/" + ExportClient.enc("สตูล") + "?year=2566&question=i7", "/agency/" + nathon + "?year=2566",
                    "/agency/" + nathon + "/indicators?year=2566", "/agency/" + nathon + "/questions?year=2566&tool=EIT&indicator=8",
                    "/trends?level=question&tool=OIT")) {
                HttpResponse<byte[]> r = client.get(page);
                assertEquals(200, r.statusCode(), page);
                Matcher m = LINK.matcher(new String(r.body(), StandardCharsets.UTF_8));
                int before = links.size();
                while (m.find()) {
                    links.add(m.group(1).replace("&amp;", "&"));
                }
                assertTrue(links.size() > before, "exports offered on " + page);
            }
            assertTrue(links.contains("/agency/" + nathon + "/o42.pdf?year=2566&lang=th"), links.toString());
            assertTrue(links.contains("/agencies.csv?lang=en"), links.toString());
            assertTrue(links.contains("/agency/" + nathon + "/questions.csv?tool=EIT&indicator=8&lang=th"), "the page's filters");
            for (String link : links) {
                HttpResponse<byte[]> r = client.get(link);
                assertEquals(200, r.statusCode(), link);
                if (link.contains(".csv")) {
                    assertEquals((byte) 0xEF, r.body()[0], "UTF-8 BOM: " + link);
                    assertTrue(new String(r.body(), StandardCharsets.UTF_8).split("\r\n").length > 1, "rows in " + link);
                }
            }
        }
    }

    @Test
    void the_indicator_and_question_tables_download_with_the_database_numbers() throws Exception {
        try (ExportClient client = new ExportClient(SampleDatabase.require())) {
            String nathon = (String) client.one("SELECT agency_id FROM agency WHERE name_th LIKE ?", "%นาทอน%");
            String[] lines = new String(client.get("/agency/" + nathon + "/indicators.csv?year=2566").body(), StandardCharsets.UTF_8)
                    .substring(1).split("\r\n");
            assertEquals(11, lines.length, "header + ten indicators");
            assertTrue(lines[1].startsWith("1,การปฏิบัติหน้าที่,IIT,99.44,"), lines[1]);
            String[] questions = new String(client.get("/agency/" + nathon + "/questions.csv?tool=EIT&indicator=8&lang=en").body(),
                    StandardCharsets.UTF_8).substring(1).split("\r\n");
            Number n = (Number) client.one("SELECT count(*) FROM score_question WHERE agency_id = ? AND tool = 'EIT' AND indicator = 8",
                    nathon);
            assertEquals(n.intValue() + 1, questions.length);
            assertTrue(questions[0].startsWith("fiscal year (BE),item,tool,indicator,question,score"), questions[0]);
        }
    }
}
