package th.ita.insight.analytics.survey;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.analytics.publish.OfficialFixture;
import th.ita.insight.ingest.read.TextEncoding;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ./ita survey end to end: realistic exports in, aggregates in a real published DuckDB file out. */
class SurveyRunTest {
    static final String AGENCY = OfficialFixture.AGENCY;

    /**
     * Hand-computed from the fixture's answers (0/33/67/100, reversed for negative items, yes/no 0/100):
     * e.g. i1 = (100+100+67+67+100+33)/6 = 77.83; i10 (negative) = (33+33+33+67+67+0)/6 = 38.83;
     * i4 (negative yes/no, one มี) = 5×100/6 = 83.33; i30 answered by 5 = (100+67+33+0+100)/5 = 60.
     */
    static final List<String> IIT_QUESTIONS = List.of(
            "i1 77.83 6", "i2 83.5 6", "i3 94.5 6", "i4 83.33 6", "i5 100.0 6", "i6 83.33 6",
            "i7 77.83 6", "i8 83.5 6", "i9 94.5 6", "i10 38.83 6", "i11 16.5 6", "i12 61.17 6",
            "i13 77.83 6", "i14 83.5 6", "i15 94.5 6", "i16 83.33 6", "i17 100.0 6", "i18 38.83 6",
            "i19 22.17 6", "i20 83.5 6", "i21 94.5 6", "i22 38.83 6", "i23 83.5 6", "i24 61.17 6",
            "i25 77.83 6", "i26 83.5 6", "i27 94.5 6", "i28 61.17 6", "i29 83.5 6", "i30 60.0 5");
    static final List<String> IIT_INDICATORS = List.of("1 87.08", "2 62.06", "3 79.67", "4 63.94", "5 76.75");

    @TempDir
    Path dir;

    Path googleForms() throws Exception {
        Path csv = dir.resolve("fy2567-iit-google-forms.csv");
        try (var in = getClass().getResourceAsStream("/survey/fy2566-iit-google-forms.csv")) {
            Files.copy(in, csv);
        }
        return csv;
    }

    @Test
    void google_forms_csv_with_thai_headers_and_labels_gives_the_hand_computed_scores() throws Exception {
        Path db = OfficialFixture.publish(dir.resolve("ita.duckdb"));
        SurveyCli cli = new SurveyCli();
        int code = cli.run("--input", googleForms().toString(), "--agency", AGENCY, "--year", "๒๕๖๗", "--tool", "IIT",
                "--db", db.toString(), "--lang", "en");
        assertEquals(0, code, cli.err.toString() + cli.out);
        assertEquals(IIT_QUESTIONS, SurveyCli.query(db, "SELECT question, score, respondents FROM self_assessment_question "
                + "WHERE agency_id = '" + AGENCY + "' AND fiscal_year = 2567 ORDER BY indicator, CAST(substr(question, 2) AS INT)"));
        assertEquals(IIT_INDICATORS, SurveyCli.query(db, "SELECT indicator, score FROM self_assessment_indicator ORDER BY 1"));
        // IIT = mean of the five unrounded indicators; the total takes the official FY2566 EIT and OIT:
        // 0.3 × 73.90 + 0.3 × 91.47 + 0.4 × 100 = 89.61, ผ่าน (total ≥ 85 but IIT < 85).
        assertEquals(List.of("IIT 73.9 6 30 true"), SurveyCli.query(db,
                "SELECT tool, score, respondents, min_respondents, below_minimum FROM self_assessment_tool"));
        assertEquals(List.of("89.61 PASS 73.9 self 91.47 official 100.0 official 2566"), SurveyCli.query(db,
                "SELECT total, grade, iit, iit_basis, eit, eit_basis, oit, oit_basis, official_year FROM self_assessment_total"));
        String out = cli.out.toString();
        assertTrue(out.contains("fewer than the NACC minimum"), out);
        assertTrue(out.contains("i3 question — question text (similarity 1.00)"), out);
        assertTrue(out.contains("ignored"), out);
        assertTrue(SurveyCli.query(db, "SELECT count(*) FROM self_assessment_weak_item WHERE key = 'i11'").get(0).equals("1"));
        assertTrue(Integer.parseInt(SurveyCli.query(db, "SELECT count(*) FROM self_assessment_recommendation").get(0)) > 0);
        // The official tables are untouched.
        assertEquals(List.of("96.98"), SurveyCli.query(db, "SELECT total FROM score_total"));
    }

    @Test
    void the_same_survey_saved_as_windows_874_scores_the_same() throws Exception {
        Path db = OfficialFixture.publish(dir.resolve("ita.duckdb"));
        String text = Files.readString(googleForms(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        Path cp874 = dir.resolve("fy2567-iit-excel-cp874.csv");
        Files.write(cp874, text.getBytes(TextEncoding.WINDOWS_874));
        SurveyCli cli = new SurveyCli();
        assertEquals(0, cli.run("--input", cp874.toString(), "--agency", AGENCY, "--year", "2567", "--tool", "iit",
                "--db", db.toString()), cli.err.toString());
        assertTrue(cli.out.toString().contains("Windows-874"), cli.out.toString());
        assertEquals(IIT_QUESTIONS, SurveyCli.query(db, "SELECT question, score, respondents FROM self_assessment_question "
                + "ORDER BY indicator, CAST(substr(question, 2) AS INT)"));
    }

    @Test
    void an_xlsx_with_numbers_1_to_4_scores_eit_and_the_total_combines_both_self_assessments() throws Exception {
        Path db = OfficialFixture.publish(dir.resolve("ita.duckdb"));
        new SurveyCli().run("--input", googleForms().toString(), "--agency", AGENCY, "--year", "2567", "--tool", "IIT",
                "--db", db.toString());
        Path xlsx = dir.resolve("eit-typed-from-paper.xlsx");
        int[] graded = {4, 3, 3, 2, 4, 1};
        int[] yesNo = {1, 1, 0, 1, 1, 1};
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            XSSFSheet sheet = wb.createSheet("แบบสอบถาม EIT");
            XSSFRow header = sheet.createRow(0);
            header.createCell(0).setCellValue("ลำดับ");
            for (int q = 1; q <= 15; q++) {
                header.createCell(q).setCellValue("e" + q);
            }
            for (int r = 0; r < 6; r++) {
                XSSFRow row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(r + 1);
                for (int q = 1; q <= 15; q++) {
                    boolean yn = q == 4 || q == 8 || q == 10;
                    if (q == 15 && r == 5) {
                        continue;
                    }
                    row.createCell(q).setCellValue(yn ? yesNo[r] : graded[r]);
                }
            }
            wb.write(out);
        }
        SurveyCli cli = new SurveyCli();
        assertEquals(0, cli.run("--input", xlsx.toString(), "--agency", AGENCY, "--year", "2567", "--tool", "EIT",
                "--db", db.toString(), "--lang", "en"), cli.err.toString() + cli.out);
        // 4,3,3,2,4,1 → (100+67+67+33+100+0)/6 = 61.17; yes ×5 of 6 → 83.33, e4 negative → 16.67;
        // e15 without the 6th answer → (100+67+67+33+100)/5 = 73.4.
        assertEquals(List.of("e1 61.17", "e2 61.17", "e3 61.17", "e4 16.67", "e5 61.17", "e6 61.17", "e7 61.17",
                "e8 83.33", "e9 61.17", "e10 83.33", "e11 61.17", "e12 61.17", "e13 61.17", "e14 61.17", "e15 73.4"),
                SurveyCli.query(db, "SELECT question, score FROM self_assessment_question WHERE tool = 'EIT' "
                        + "ORDER BY CAST(substr(question, 2) AS INT)"));
        // Indicators (244.67+16.67)/5 = 52.27, (183.5+166.67)/5 = 70.03, (244.67+73.4)/5 = 63.61 → EIT 61.97;
        // total 0.3 × 73.90 + 0.3 × 61.97 + 0.4 × 100 (official OIT) = 80.76, ต้องปรับปรุง.
        assertEquals(List.of("6 52.27", "7 70.03", "8 63.61"), SurveyCli.query(db,
                "SELECT indicator, score FROM self_assessment_indicator WHERE tool = 'EIT' ORDER BY 1"));
        assertEquals(List.of("80.76 IMPROVE ต้องปรับปรุง self self official"), SurveyCli.query(db,
                "SELECT total, grade, grade_th, iit_basis, eit_basis, oit_basis FROM self_assessment_total"));
        assertEquals(List.of("EIT 61.97", "IIT 73.9"), SurveyCli.query(db, "SELECT tool, score FROM self_assessment_tool ORDER BY 1"));
    }

    @Test
    void unknown_labels_and_a_duplicate_header_are_rejected_with_line_and_column() throws Exception {
        Path db = OfficialFixture.publish(dir.resolve("ita.duckdb"));
        Path csv = dir.resolve("messy.csv");
        Files.writeString(csv, String.join("\n",
                "Timestamp,i1,i1,i2,ความเห็นของหัวหน้า,ความพึงพอใจโดยรวม",
                "2024-01-01,มาก,มาก,ไม่แน่ใจ,x,5",
                "2024-01-02,มาก,น้อย,มาก,y,4",
                "2024-01-03,มาก,มาก,มากที่สุด,,3",
                "2024-01-04,มาก,มาก,มาก,,4",
                "2024-01-05,มาก,มาก,ปานกลาง,,4",
                "2024-01-06,มาก,มาก,มาก,,4",
                "2024-01-07,มาก,มาก,มากที่สุด,,2") + "\n");
        Path rejects = dir.resolve("rejects.csv");
        SurveyCli cli = new SurveyCli();
        assertEquals(3, cli.run("--input", csv.toString(), "--agency", AGENCY, "--year", "2567", "--tool", "IIT",
                "--db", db.toString(), "--rejects", rejects.toString()), cli.err.toString() + cli.out);
        List<String> lines = Files.readAllLines(rejects, StandardCharsets.UTF_8);
        assertEquals("\uFEFFfile,line,column,value,reason,reason_th,reason_en", lines.get(0));
        List<String> got = lines.stream().skip(1).map(l -> String.join(",", List.of(l.split(",")).subList(0, 5))).toList();
        assertEquals(List.of("messy.csv,1,B,i1,DUPLICATE_COLUMN", "messy.csv,1,C,i1,DUPLICATE_COLUMN",
                "messy.csv,1,E,ความเห็นของหัวหน้า,UNMATCHED_COLUMN", "messy.csv,1,F,ความพึงพอใจโดยรวม,UNMATCHED_COLUMN", "messy.csv,2,i2,ไม่แน่ใจ,UNKNOWN_ANSWER",
                "messy.csv,6,i2,ปานกลาง,UNKNOWN_ANSWER"), got);
        // i1 is in two columns: neither is used. i2 from its five known answers: (67+67+100+67+100)/5 = 80.2.
        assertEquals(List.of("i1 null 0", "i2 80.2 5", "i3 null 0"), SurveyCli.query(db, "SELECT question, score, respondents "
                + "FROM self_assessment_question WHERE question IN ('i1', 'i2', 'i3') ORDER BY 1"));
        // Lines 2 and 6 answered nothing usable (i1 set aside, i2 unknown): 5 respondents; 6 rejects in all.
        assertEquals(List.of("null 5 6"), SurveyCli.query(db, "SELECT score, respondents, rows_rejected FROM self_assessment_tool"));
    }

    @Test
    void an_unknown_agency_publishes_nothing_and_leaves_the_file_as_it_was() throws Exception {
        Path db = OfficialFixture.publish(dir.resolve("ita.duckdb"));
        byte[] before = Files.readAllBytes(db);
        SurveyCli cli = new SurveyCli();
        assertEquals(2, cli.run("--input", googleForms().toString(), "--agency", "no-such-agency", "--year", "2567",
                "--tool", "IIT", "--db", db.toString(), "--lang", "en"));
        assertTrue(cli.err.toString().contains("no agency with id 'no-such-agency'"), cli.err.toString());
        assertArrayEquals(before, Files.readAllBytes(db));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.filter(p -> p.getFileName().toString().contains(".publish-")).count());
        }
    }
}
