package th.ita.insight.dashboard;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** อบต.นาทอน's FY2566 o42 (the seed of 003) fetched as DOCX and PDF from the real server and read back. */
class ExportO42Test {
    private static ExportClient client;
    private static String nathon;
    private static List<Object> indicatorNames;
    private static List<Object> indicatorScores;
    private static String weakQuestion;

    @BeforeAll
    static void start() throws Exception {
        client = new ExportClient(SampleDatabase.require());
        nathon = (String) client.one("SELECT agency_id FROM agency WHERE name_th LIKE ?", "%นาทอน%");
        indicatorNames = client.column("SELECT name_th FROM catalog_indicator WHERE fiscal_year = 2566 ORDER BY indicator");
        indicatorScores = client.column("SELECT score FROM score_indicator WHERE agency_id = ? AND fiscal_year = 2566 "
                + "ORDER BY indicator", nathon);
        weakQuestion = (String) client.one("SELECT c.text_th FROM recommendation_item i JOIN catalog_question c "
                + "ON c.fiscal_year = i.fiscal_year AND c.code = i.code WHERE i.agency_id = ? AND i.fiscal_year = 2566 "
                + "AND i.code = 'e13'", nathon);
        assertEquals(10, indicatorNames.size());
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    private static byte[] fetch(String path, String contentType) throws Exception {
        HttpResponse<byte[]> r = client.get(path);
        assertEquals(200, r.statusCode(), () -> new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(contentType, r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"ita-o42-"));
        return r.body();
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void the_docx_has_the_seed_layout_with_the_databases_scores_and_thai_fonts() throws Exception {
        byte[] file = fetch("/agency/" + nathon + "/o42.docx?year=2566",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file))) {
            String text = new XWPFWordExtractor(doc).getText();
            assertTrue(text.contains("องค์การบริหารส่วนตำบลนาทอน จังหวัดสตูล"), "title block names agency and province");
            assertTrue(text.contains("ปีงบประมาณ พ.ศ. 2566"));
            assertTrue(text.contains("มีคะแนนในภาพรวมอยู่ที่ 96.98 คะแนน อยู่ในระดับผ่านดี"), "total and level as the seed words it");
            assertTrue(text.contains(weakQuestion), "part 1 quotes the weak question e13");
            assertTrue(text.contains("อ้างอิงจาก o18"), "the E-Service measure cites its OIT item");
            assertTrue(text.contains("ส่วนที่ 2") && text.contains("ปีงบประมาณ พ.ศ. 2567"), "part 2 plans the next year");
            assertTrue(text.contains("ส่วนที่ 3") && text.contains("ข้อเสนอแนะ"));

            XWPFTable scores = doc.getTables().get(0);
            assertEquals(12, scores.getNumberOfRows(), "header, ten indicators, total");
            for (int i = 0; i < 10; i++) {
                assertEquals(indicatorNames.get(i), scores.getRow(i + 1).getCell(2).getText());
                assertEquals(String.format(Locale.ROOT, "%.2f", (Double) indicatorScores.get(i)),
                        scores.getRow(i + 1).getCell(3).getText());
            }
            assertEquals("96.98", scores.getRow(11).getCell(3).getText());
            assertEquals(1, doc.getAllPictures().size(), "the indicator chart");

            XWPFRun run = doc.getParagraphs().get(0).getRuns().get(0);
            assertEquals("TH SarabunPSK", run.getFontFamily(XWPFRun.FontCharRange.cs));
            assertEquals("40", run.getCTR().getRPr().getSzCsArray(0).getVal().toString(), "20 pt title for Thai script");
        }
    }

    @Test
    void the_pdf_embeds_laksaman_keeps_thai_searchable_and_renders_a_page() throws Exception {
        long started = System.nanoTime();
        byte[] file = fetch("/agency/" + nathon + "/o42.pdf?year=2566", "application/pdf");
        long millis = (System.nanoTime() - started) / 1_000_000;
        try (PDDocument doc = Loader.loadPDF(file)) {
            System.out.printf("o42 PDF for นาทอน FY2566: %d bytes, %d pages, %d ms%n", file.length, doc.getNumberOfPages(), millis);
            String text = squeeze(new PDFTextStripper().getText(doc));
            assertTrue(text.contains(squeeze("องค์การบริหารส่วนตำบลนาทอน จังหวัดสตูล")));
            assertTrue(text.contains("96.98"));
            for (Object name : indicatorNames) {
                assertTrue(text.contains(squeeze((String) name)), "indicator " + name);
            }
            assertTrue(text.contains(squeeze(weakQuestion)), "question e13, tone marks and all");

            PDResources resources = doc.getPage(0).getResources();
            int embedded = 0;
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " embedded");
                assertTrue(font.getName().contains("Laksaman"), font.getName());
                embedded++;
            }
            assertTrue(embedded >= 2, "regular and bold");

            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 50);
            long ink = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    ink += (page.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF ? 1 : 0;
                }
            }
            assertTrue(ink > page.getWidth() * page.getHeight() / 50, "page 1 has text, table and chart: " + ink);
        }
    }

    @Test
    void thai_digits_and_english_are_options_of_the_same_document() throws Exception {
        try (PDDocument thai = Loader.loadPDF(fetch("/agency/" + nathon + "/o42.pdf?year=" + ExportClient.enc("๒๕๖๖")
                + "&digits=thai", "application/pdf"))) {
            String text = squeeze(new PDFTextStripper().getText(thai));
            assertTrue(text.contains("๙๖.๙๘") && text.contains("พ.ศ.๒๕๖๖"), "Thai digits throughout");
            assertFalse(text.contains("96.98"));
        }
        try (XWPFDocument en = new XWPFDocument(new ByteArrayInputStream(fetch("/agency/" + nathon + "/o42.docx?year=2566&lang=en",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")))) {
            String text = new XWPFWordExtractor(en).getText();
            assertTrue(text.contains("Part 1") && text.contains("Bribery Fraud") && text.contains("96.98"), text.substring(0, 400));
        }
    }

    @Test
    void the_year_before_is_compared_only_when_asked_across_a_method_change() throws Exception {
        try (XWPFDocument auto = new XWPFDocument(new ByteArrayInputStream(fetch("/agency/" + nathon + "/o42.docx?year=2566",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")));
             XWPFDocument always = new XWPFDocument(new ByteArrayInputStream(fetch("/agency/" + nathon
                     + "/o42.docx?year=2566&compare=always", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")))) {
            assertEquals(4, auto.getTables().get(0).getRow(0).getTableCells().size(), "FY2566 changed the method: no comparison");
            XWPFTable t = always.getTables().get(0);
            assertEquals(6, t.getRow(0).getTableCells().size());
            Double before = (Double) client.one("SELECT score FROM score_indicator WHERE agency_id = ? AND fiscal_year = 2565 "
                    + "AND indicator = 1", nathon);
            assertEquals(String.format(Locale.ROOT, "%.2f", before), t.getRow(1).getCell(4).getText());
            String text = new XWPFWordExtractor(always).getText();
            assertTrue(text.contains("ทั้งนี้ ปีงบประมาณ พ.ศ. 2566 มีการปรับเปลี่ยนวิธีการประเมินจากปี 2565"), "the break is said plainly");
            assertFalse(text.contains("หมายเหตุ"), "as a sentence of the agency's, not a note");
        }
    }

    @Test
    void the_exported_docx_plans_every_theme_of_part_1_in_part_2_under_the_same_number() throws Exception {
        String newest = (String) client.one("SELECT agency_id FROM recommendation WHERE fiscal_year = 2568 GROUP BY agency_id "
                + "HAVING min(expected_gain) < 0.05 ORDER BY count(DISTINCT theme_th) DESC, agency_id LIMIT 1");
        for (String path : List.of("/agency/" + nathon + "/o42.docx?year=2566", "/agency/" + newest + "/o42.docx?year=2568",
                "/agency/" + nathon + "/o42.docx?year=2566&lang=en&digits=thai")) {
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(fetch(path,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document")))) {
                // Part 1's theme headings are its bold paragraphs between the part 1 and part 2 headings.
                List<String> part1 = new java.util.ArrayList<>();
                int part = 0;
                for (XWPFParagraph p : doc.getParagraphs()) {
                    String t = p.getText();
                    if (t.startsWith("ส่วนที่ ") || t.startsWith("Part ")) {
                        part++;
                    } else if (part == 1 && !p.getRuns().isEmpty() && p.getRuns().get(0).isBold()) {
                        part1.add(t);
                    }
                }
                XWPFTable plan = doc.getTables().get(1);
                List<String> part2 = plan.getRows().subList(1, plan.getNumberOfRows()).stream().map(r -> r.getCell(0).getText()).toList();
                assertTrue(part1.size() >= 5, path + ": " + part1);
                assertEquals(part1, part2, path);
            }
        }
    }

    @Test
    void the_weak_points_page_lists_what_to_check_before_the_o42_is_submitted() throws Exception {
        HttpResponse<byte[]> r = client.get("/agency/" + nathon + "/weak-points?year=2566");
        String html = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(200, r.statusCode());
        assertTrue(html.contains("<h3 id=\"before-submit-title\">ก่อนส่งเอกสาร</h3>"), html);
        String list = html.substring(html.indexOf("id=\"before-submit\""), html.indexOf("</section>", html.indexOf("id=\"before-submit\"")));
        assertTrue(list.contains("ส่วนที่ 2: ผู้รับผิดชอบและระยะเวลา"), list);
    }

    @Test
    void bad_parameters_are_answered_400_or_404_with_a_message() throws Exception {
        for (String[] c : List.of(new String[]{"/agency/" + nathon + "/o42.pdf?year=66", "400"},
                new String[]{"/agency/" + nathon + "/o42.pdf?digits=roman", "400"},
                new String[]{"/agency/" + nathon + "/o42.docx?compare=sometimes", "400"},
                new String[]{"/agency/" + nathon + "/o42.docx?lang=fr", "400"},
                new String[]{"/agency/no-such-agency/o42.pdf", "404"},
                new String[]{"/agency/" + nathon + "/o42.pdf?year=2550", "404"})) {
            HttpResponse<byte[]> r = client.get(c[0]);
            assertEquals(Integer.parseInt(c[1]), r.statusCode(), c[0]);
            assertTrue(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8).contains("id=\"error\""), c[0]);
        }
    }
}
