package th.ita.insight.dashboard;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.store.AtomicPublisher;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * นาทอน's FY2567 self-assessment beside its official FY2566 results, through the real server: the page
 * (labelled, projected vs official, still weak) and the o42 made from it (marked as a self-assessment).
 */
class SelfAssessmentPageTest {
    @TempDir
    static Path dir;
    private static ExportClient client;
    private static String nathon;

    @BeforeAll
    static void start() throws Exception {
        Path db = dir.resolve("ita.duckdb");
        Files.copy(SampleDatabase.require(), db);
        try (ExportClient probe = new ExportClient(SampleDatabase.require())) {
            nathon = (String) probe.one("SELECT agency_id FROM agency WHERE name_th LIKE ?", "%นาทอน%");
        }
        // Aggregates as ./ita survey writes them (the command itself is tested in analytics: SurveyRunTest).
        AtomicPublisher.republish(db, "self-test", c -> {
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO self_assessment_tool VALUES ('" + nathon + "', 2567, 'IIT', 73.9, 71.2, 76.5, 6, 30, true, "
                        + "1000, 2566, true, 'survey.csv', 0, now(), 'ผู้ตอบ IIT 6 คน น้อยกว่าขั้นต่ำ', 'IIT has 6 respondents, fewer than the NACC minimum')");
                st.execute("INSERT INTO self_assessment_question SELECT '" + nathon + "', 2567, 'IIT', indicator, code, "
                        + "CASE WHEN code = 'i7' THEN 40.0 ELSE 80.0 END, 6, "
                        + "CASE WHEN code = 'i7' THEN 30.0 ELSE 70.0 END, CASE WHEN code = 'i7' THEN 50.0 ELSE 90.0 END, 0 FROM catalog_question "
                        + "WHERE fiscal_year = 2567 AND tool = 'IIT'");
                st.execute("INSERT INTO self_assessment_indicator SELECT '" + nathon + "', 2567, 'IIT', indicator, 75.0, 70.0, 80.0 "
                        + "FROM catalog_indicator WHERE fiscal_year = 2567 AND tool = 'IIT'");
                st.execute("INSERT INTO self_assessment_total VALUES ('" + nathon + "', 2567, 89.61, 'PASS', 'ผ่าน', 'Pass', true, "
                        + "73.9, 'self', 91.47, 'official', 100.0, 'official', 2566)");
                st.execute("INSERT INTO self_assessment_weak_item VALUES ('" + nathon + "', 2567, 'item', 'i7', 'IIT', 2, 40.0, NULL, "
                        + "45.0, 'below_threshold', 1, 'urgent', 'ต่ำกว่าเกณฑ์ 85.00', 'below the threshold 85.00')");
                st.execute("INSERT INTO self_assessment_recommendation VALUES ('" + nathon + "', 2567, 1, 'M11', 'ประเด็นที่ 5', "
                        + "'Theme 5', 'เผยแพร่แผนงบประมาณ', 'Publish the budget plan', 1.5, 'i7', 'o11', 'คำนวณ', 'arithmetic')");
                st.execute("INSERT INTO self_assessment_recommendation_item VALUES ('" + nathon + "', 2567, 'M11', 'i7', 40.0, 85.0, "
                        + "0.01, 0.45)");
            }
        });
        client = new ExportClient(db);
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    private static String page(String path) throws Exception {
        HttpResponse<byte[]> r = client.get(path);
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertEquals(200, r.statusCode(), body);
        return body;
    }

    @Test
    void the_page_shows_projected_against_last_official_clearly_labelled() throws Exception {
        String html = page("/agency/" + ExportClient.enc(nathon) + "/self-assessment?lang=en");
        assertTrue(html.contains("Self-assessment (projected from the agency's own survey) — not the NACC's official result"));
        assertTrue(html.contains("id=\"self-total\">89.61</strong>"), html);
        // The sample has official FY2567 results too: the page compares with the same year.
        assertTrue(html.contains("Last official 2567"), html);
        assertTrue(html.contains("fewer than the NACC minimum"), html);
        String i7 = html.substring(html.indexOf("data-code=\"i7\""), html.indexOf("</tr>", html.indexOf("data-code=\"i7\"")));
        Object official = client.one("SELECT score FROM score_question WHERE agency_id = ? AND fiscal_year = 2567 AND question = 'i7'", nathon);
        assertTrue(i7.contains(String.format(java.util.Locale.ROOT, "%.2f", ((Number) official).doubleValue())), i7);
        assertTrue(i7.contains("still weak (urgent)"), i7);
        assertTrue(!i7.contains("within the interval"), "a move beyond the interval is a move: " + i7);
        assertTrue(page("/agency/" + ExportClient.enc(nathon) + "/self-assessment").contains("ไม่ใช่ผลการประเมินทางการของ ป.ป.ช."));
    }

    @Test
    void the_o42_made_from_a_self_assessment_says_so() throws Exception {
        HttpResponse<byte[]> r = client.get("/agency/" + ExportClient.enc(nathon) + "/o42.docx?source=self&year=2567");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("ita-o42-self-"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.body()));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String t = text.getText();
            assertTrue(t.contains("ฉบับประเมินตนเอง (คาดการณ์) — ไม่ใช่ผลการประเมินทางการของ ป.ป.ช."), t);
            assertTrue(t.contains("89.61"), t);
            assertTrue(t.contains("เผยแพร่แผนงบประมาณ"), t);
        }
        assertEquals(404, client.get("/agency/" + ExportClient.enc(nathon) + "/o42.pdf?source=self&year=2560").statusCode());
        assertEquals(400, client.get("/agency/" + ExportClient.enc(nathon) + "/o42.pdf?source=mine").statusCode());
    }
}
