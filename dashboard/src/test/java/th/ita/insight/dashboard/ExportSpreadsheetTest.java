package th.ita.insight.dashboard;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.store.AtomicPublisher;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The overseer's XLSX and the pages' CSVs, fetched from the real server and read back with POI and commons-csv. */
class ExportSpreadsheetTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static ExportClient client;
    private static String nathon;

    @BeforeAll
    static void start() throws Exception {
        client = new ExportClient(SampleDatabase.require());
        nathon = (String) client.one("SELECT agency_id FROM agency WHERE name_th LIKE ?", "%นาทอน%");
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    private static byte[] ok(ExportClient c, String path) throws Exception {
        HttpResponse<byte[]> r = c.get(path);
        assertEquals(200, r.statusCode(), () -> path + ": " + new String(r.body(), StandardCharsets.UTF_8));
        return r.body();
    }

    /** Checks the byte-order mark and parses the rest as RFC 4180. */
    static List<CSVRecord> csv(byte[] body) throws IOException {
        assertArrayEquals(BOM, java.util.Arrays.copyOf(body, 3), "UTF-8 BOM so Excel reads Thai");
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    @Test
    void the_group_workbook_has_three_filtered_frozen_sheets_with_numbers_as_numbers() throws Exception {
        long started = System.nanoTime();
        byte[] file = ok(client, "/group/national/all/export.xlsx?year=2566");
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("XLSX national/all FY2566: %d bytes, %d ms%n", file.length, millis);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertEquals(List.of("หน่วยงาน", "ข้อที่อ่อน", "สถิติรายข้อ"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            long agencies = (Long) client.one("SELECT count(*) FROM peer_rank WHERE fiscal_year = 2566 "
                    + "AND peer_group = 'national' AND level = 'total'");
            long weak = (Long) client.one("SELECT count(*) FROM weak_item WHERE fiscal_year = 2566 AND agency_id IN "
                    + "(SELECT agency_id FROM peer_rank WHERE fiscal_year = 2566 AND peer_group = 'national' AND level = 'total')");
            long questions = (Long) client.one("SELECT count(*) FROM peer_stats WHERE fiscal_year = 2566 "
                    + "AND peer_group = 'national' AND level = 'question'");
            long[] expected = {agencies, weak, questions};
            for (int s = 0; s < 3; s++) {
                XSSFSheet sheet = wb.getSheetAt(s);
                assertEquals(expected[s] + 1, sheet.getPhysicalNumberOfRows(), wb.getSheetName(s) + " header + rows");
                assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow(), "header row frozen");
                assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), "filters on");
            }
            Row row = findRow(wb.getSheetAt(0), 2, nathon);
            assertEquals("องค์การบริหารส่วนตำบลนาทอน", row.getCell(3).getStringCellValue());
            assertEquals(CellType.NUMERIC, row.getCell(6).getCellType(), "total is a number");
            assertEquals(96.98, row.getCell(6).getNumericCellValue(), 1e-9);
            assertEquals("ผ่านดี", row.getCell(7).getStringCellValue());
            Row e13 = findRow(wb.getSheetAt(1), 0, nathon, 3, "e13");
            assertEquals(CellType.NUMERIC, e13.getCell(7).getCellType());
            assertEquals((Double) client.one("SELECT score FROM weak_item WHERE agency_id = ? AND fiscal_year = 2566 AND key = 'e13'",
                    nathon), e13.getCell(7).getNumericCellValue(), 1e-9);
            assertTrue(e13.getCell(12).getStringCellValue().contains("อ่อนติดต่อกัน"), "reason in Thai");
        }
    }

    private static Row findRow(XSSFSheet sheet, int col, String value) {
        return findRow(sheet, col, value, col, value);
    }

    private static Row findRow(XSSFSheet sheet, int col, String value, int col2, String value2) {
        for (Row r : sheet) {
            if (r.getRowNum() > 0 && value.equals(r.getCell(col).getStringCellValue())
                    && value2.equals(r.getCell(col2).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row with " + value + " / " + value2 + " in " + sheet.getSheetName());
    }

    @Test
    void the_csvs_of_the_pages_carry_the_databases_rows_with_thai_intact() throws Exception {
        List<CSVRecord> list = csv(ok(client, "/agencies.csv"));
        assertEquals((Long) client.one("SELECT count(*) FROM agency") + 1, list.size());
        CSVRecord n = list.stream().filter(r -> r.get(0).equals(nathon)).findFirst().orElseThrow();
        Object latestYear = client.one("SELECT max(fiscal_year) FROM score_total WHERE agency_id = ?", nathon);
        Object latestTotal = client.one("SELECT total FROM score_total WHERE agency_id = ? AND fiscal_year = ?", nathon, latestYear);
        assertEquals(List.of("องค์การบริหารส่วนตำบลนาทอน", "สตูล", latestYear.toString(), latestTotal.toString()),
                List.of(n.get(1), n.get(3), n.get(4), n.get(5)));

        List<CSVRecord> group = csv(ok(client, "/group/province/" + ExportClient.enc("สตูล") + "/agencies.csv?year=2566&lang=en"));
        assertEquals("rank", group.get(0).get(0));
        assertEquals((Long) client.one("SELECT count(*) FROM peer_rank WHERE fiscal_year = 2566 AND peer_group = 'province' "
                + "AND group_key = 'สตูล' AND level = 'total'") + 1, group.size());

        List<CSVRecord> weak = csv(ok(client, "/agency/" + nathon + "/weak-items.csv?year=2566"));
        assertEquals((Long) client.one("SELECT count(*) FROM weak_item WHERE agency_id = ? AND fiscal_year = 2566", nathon) + 1,
                weak.size());
        assertTrue(weak.stream().anyMatch(r -> r.get(0).equals("e13") && r.get(3).equals(client.oneUnchecked(
                "SELECT text_th FROM catalog_question WHERE fiscal_year = 2566 AND code = 'e13'"))));
        assertTrue(csv(ok(client, "/group/national/all/weak-questions.csv?year=2566")).size() > 1);
    }

    @Test
    void text_that_would_run_as_a_formula_is_neutralised_and_negative_numbers_stay_numbers(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("ita.duckdb");
        AtomicPublisher.publish(db, "run-csv", c -> {
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO agency VALUES ('sao-91-aaaa', '=HYPERLINK(\"http://evil\",\"x\")', 'อบต.', 'sao', "
                        + "'+สตูล', 'Satun', 'south', 2566, 2566), ('sao-91-bbbb', '@SUM(A1)', 'อบต.', 'sao', '-1', 'Satun', 'south', 2566, 2566)");
                st.execute("INSERT INTO score_total (agency_id, fiscal_year, total, origin) VALUES ('sao-91-aaaa', 2566, 90.5, 'computed')");
                st.execute("INSERT INTO weak_item VALUES ('sao-91-aaaa', 2566, 'item', 'e13', 'EIT', 8, 70, 80, -1.5, "
                        + "'below_peers', 1, 'improve', '=1+1', '-2+3')");
                st.execute("INSERT INTO run_info VALUES ('run-csv', now(), now(), 'test', 1, 1, 0, 1, 'v', 'test')");
            }
        });
        try (ExportClient tiny = new ExportClient(db)) {
            List<CSVRecord> list = csv(ok(tiny, "/agencies.csv"));
            CSVRecord evil = list.stream().filter(r -> r.get(0).equals("sao-91-aaaa")).findFirst().orElseThrow();
            assertEquals("'=HYPERLINK(\"http://evil\",\"x\")", evil.get(1));
            assertEquals("'+สตูล", evil.get(3));
            CSVRecord at = list.stream().filter(r -> r.get(0).equals("sao-91-bbbb")).findFirst().orElseThrow();
            assertEquals(List.of("'@SUM(A1)", "'-1"), List.of(at.get(1), at.get(3)), "text '-1' is text, so neutralised");
            CSVRecord weak = csv(ok(tiny, "/agency/sao-91-aaaa/weak-items.csv?year=2566")).get(1);
            assertEquals("-1.5", weak.get(6), "a number, written as a number, even when negative");
            assertEquals("'=1+1", weak.get(9));
            assertEquals("'-2+3", csv(ok(tiny, "/agency/sao-91-aaaa/weak-items.csv?year=2566&lang=en")).get(1).get(9));
        }
    }

    @Test
    void bad_group_parameters_are_400_or_404_before_any_file_is_sent() throws Exception {
        assertEquals(400, client.get("/group/planet/all/export.xlsx").statusCode());
        assertEquals(404, client.get("/group/province/" + ExportClient.enc("ไม่มีจังหวัดนี้") + "/export.xlsx").statusCode());
        assertEquals(404, client.get("/group/national/all/export.xlsx?year=2550").statusCode());
        assertEquals(400, client.get("/group/national/all/agencies.csv?year=66").statusCode());
        assertEquals(404, client.get("/agency/nope/weak-items.csv").statusCode());
        assertEquals(400, client.get("/agencies.csv?lang=xx").statusCode());
    }
}
