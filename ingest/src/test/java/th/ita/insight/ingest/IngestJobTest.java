package th.ita.insight.ingest;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.ingest.read.InputShape;
import th.ita.insight.ingest.read.TextEncoding;
import th.ita.insight.ingest.read.UnreadableInputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngestJobTest {
    private final IngestJob job = new IngestJob(SharedSpark.get());

    /** Golden lines: "agency fy tool indicator question score file:line", sorted. */
    private static List<String> scores(IngestResult r) {
        return r.scores().collectAsList().stream()
                .map(row -> String.format("%s %d %s %d %s %.2f %s:%d", row.getAs("agency_name"),
                        row.<Integer>getAs("fiscal_year"), row.getAs("tool"), row.<Integer>getAs("indicator"),
                        row.getAs("question"), row.<Double>getAs("score"),
                        Path.of(row.<String>getAs("source_file")).getFileName(), row.<Long>getAs("source_line")))
                .sorted().toList();
    }

    /** Golden lines: "file:line column reason value", sorted. */
    private static List<String> rejects(IngestResult r) {
        return r.rejects().collectAsList().stream()
                .map(row -> Path.of(row.<String>getAs("source_file")).getFileName() + ":" + row.<Long>getAs("source_line")
                        + " " + row.getAs("column") + " " + row.getAs("reason") + " " + row.getAs("value"))
                .sorted().toList();
    }

    @Test
    void long_csv_in_utf8_with_bom_loads_with_its_file_and_line(@TempDir Path dir) throws IOException {
        Path file = Fixtures.text(dir, "fy2566-long-utf8-bom.csv", StandardCharsets.UTF_8, true,
                "agency_name,agency_type,province,fiscal_year,tool,indicator,question,score",
                "อบต.นาทอน,อบต.,สตูล,2566,IIT,1,i1,100",
                "อบต.นาทอน,อบต.,สตูล,2566,IIT,1,I3,๙๙.๑๖",
                "อบต.นาทอน,อบต.,สตูล,2023,OIT,10,o34, 100.00 ");

        IngestResult r = job.run(List.of(file), null);

        assertEquals(List.of(
                "อบต.นาทอน 2566 IIT 1 i1 100.00 fy2566-long-utf8-bom.csv:2",
                "อบต.นาทอน 2566 IIT 1 i3 99.16 fy2566-long-utf8-bom.csv:3",
                "อบต.นาทอน 2566 OIT 10 o34 100.00 fy2566-long-utf8-bom.csv:4"), scores(r));
        assertEquals(List.of(), rejects(r));
        assertEquals(3, r.rowsIn());
        assertEquals("LONG", r.files().get(0).shape());
        assertTrue(r.files().get(0).description().startsWith("UTF-8 with BOM"), r.files().get(0).description());
    }

    @Test
    void wide_csv_in_windows_874_with_thai_headers_and_digits_reads_correctly(@TempDir Path dir) throws IOException {
        Path file = Fixtures.text(dir, "fy2567-wide-cp874.csv", TextEncoding.WINDOWS_874, false,
                "ชื่อหน่วยงาน;ประเภท;จังหวัด;ปีงบประมาณ;i1;e๑๒;o3",
                "อบต.หนองหลวง;อบต.;สุรินทร์;๒๕๖๗;๙๙.๔๔;;100",
                "อบต.นาบัว;องค์การบริหารส่วนตำบล;Surin;2567;88.5;72.25;0");

        IngestResult r = job.run(List.of(file), null);

        assertEquals(List.of(
                "อบต.นาบัว 2567 EIT 8 e12 72.25 fy2567-wide-cp874.csv:3",
                "อบต.นาบัว 2567 IIT 1 i1 88.50 fy2567-wide-cp874.csv:3",
                "อบต.นาบัว 2567 OIT 9 o3 0.00 fy2567-wide-cp874.csv:3",
                "อบต.หนองหลวง 2567 IIT 1 i1 99.44 fy2567-wide-cp874.csv:2",
                "อบต.หนองหลวง 2567 OIT 9 o3 100.00 fy2567-wide-cp874.csv:2"), scores(r));
        assertEquals("WIDE", r.files().get(0).shape());
        assertTrue(r.files().get(0).description().startsWith("Windows-874, ';'"), r.files().get(0).description());
        Row any = r.scores().limit(1).collectAsList().get(0);
        assertEquals("สุรินทร์", any.getAs("province"));
        assertEquals("อบต.", any.getAs("agency_type"));
    }

    @Test
    void xlsx_reads_the_sheet_with_a_header_takes_formula_results_and_rejects_dates(@TempDir Path dir) throws IOException {
        IngestResult r = job.run(List.of(Fixtures.wideWorkbook(dir)), null);

        assertEquals(List.of(
                "fy2566-wide.xlsx:3 i2 NOT_A_NUMBER 1/1/1970"), rejects(r));
        assertEquals(List.of(
                "อบต.นาทอน 2566 IIT 1 i1 99.50 fy2566-wide.xlsx:2",
                "อบต.นาทอน 2566 IIT 1 i2 98.25 fy2566-wide.xlsx:2",
                "อบต.นาทอน 2566 IIT 1 i3 97.13 fy2566-wide.xlsx:2",
                "อบต.นาทอน 2566 OIT 9 o1 100.00 fy2566-wide.xlsx:2",
                "เทศบาลตำบลทุ่งหว้า 2566 IIT 1 i1 91.00 fy2566-wide.xlsx:3",
                "เทศบาลตำบลทุ่งหว้า 2566 IIT 1 i3 95.50 fy2566-wide.xlsx:3"), scores(r));
    }

    @Test
    void an_indicator_summary_stays_at_indicator_level(@TempDir Path dir) throws IOException {
        Path file = Fixtures.text(dir, "o42-indicators.csv", StandardCharsets.UTF_8, false,
                "หน่วยงาน,ประเภท,จังหวัด,ปีงบประมาณ,ตัวชี้วัดที่ 1,ตัวชี้วัดที่ 2,ตัวชี้วัดที่ ๑๐",
                "อบต.นาทอน,อบต.,สตูล,๒๕๖๖,๙๙.๔๔,๙๗.๗๕,๑๐๐.๐๐");

        IngestResult r = job.run(List.of(file), null);

        assertEquals(List.of(
                "อบต.นาทอน 2566 IIT 1 null 99.44 o42-indicators.csv:2",
                "อบต.นาทอน 2566 IIT 2 null 97.75 o42-indicators.csv:2",
                "อบต.นาทอน 2566 OIT 10 null 100.00 o42-indicators.csv:2"), scores(r));
        assertEquals(List.of("indicator"), r.scores().select("level").distinct().collectAsList().stream()
                .map(row -> row.getString(0)).toList());
    }

    @Test
    void every_kind_of_bad_row_is_quarantined_with_file_line_and_column_and_the_good_rows_load(@TempDir Path dir)
            throws IOException {
        Path file = Fixtures.text(dir, "fy2566-bad-rows.csv", StandardCharsets.UTF_8, false,
                "agency_name,agency_type,province,fiscal_year,tool,indicator,question,score",
                "อบต.นาทอน,อบต.,สตูล,2566,IIT,1,i1,99.5",          // 2 good
                "อบต.นาทอน,อบต.,สตูล,2566,IIT,,i31,90",            // 3 unknown question for FY2566
                "อบต.นาทอน,อบต.,สตูล,2566,IIT,,i2,101",            // 4 score above 100
                "อบต.นาทอน,อบต.,สตูล,2566,IIT,,i3,-1",             // 5 negative score
                "อบต.นาทอน,อบต.,สตูล,2566,IIT,,i4,abc",            // 6 not a number
                "อบต.นาทอน,อบต.,สตูล,2566,IIT,,i5,\"95,5\"",       // 7 decimal comma
                ",อบต.,สตูล,2566,IIT,,i6,90",                      // 8 missing agency
                "อบต.นาทอน,อบต.,สตูล,66,IIT,,i6,90",               // 9 two-digit year
                "อบต.นาทอน,อบต.,แอตแลนติส,2566,IIT,,i6,90",        // 10 unknown province
                "ร้านนาทอน,ร้านค้า,สตูล,2566,IIT,,i6,90",           // 11 unknown agency type
                "อบต.นาทอน,อบต.,สตูล,2566,IIT,,o30,100",           // 12 tool says IIT, code is OIT
                "อบต.นาทอน,อบต.,สตูล,2568,OIT,,o30,100",           // 13 o30 not in FY2568's 26 items
                "อบต.นาทอน,อบต.,สตูล,2566,IIT,1,i7,90",            // 14 indicator 1 but i7 is in 2
                "อบต.นาทอน,อบต.,สตูล,2566,EIT,,e1,",               // 15 no score
                "อบต.นาทอน,อบต.,สตูล,2555,EIT,,e1,90",             // 16 no catalog for FY2555
                "อบต.นาทอน,อบต.,สตูล,2566,EIT,,e2,90",             // 17 duplicate key, different score
                "อบต.นาทอน,อบต.,สตูล,2566,EIT,,e2,91",             // 18 … its twin
                "อบต.นาทอน,อบต.,สตูล,2566,EIT,,e3,88",             // 19 identical duplicate: kept once
                "อบต.นาทอน,อบต.,สตูล,2566,EIT,,e3,88.00");         // 20

        IngestResult r = job.run(List.of(file), null);

        assertEquals(List.of(
                "fy2566-bad-rows.csv:10 province UNKNOWN_PROVINCE แอตแลนติส",
                "fy2566-bad-rows.csv:11 agency_type UNKNOWN_AGENCY_TYPE ร้านค้า",
                "fy2566-bad-rows.csv:12 tool TOOL_MISMATCH IIT",
                "fy2566-bad-rows.csv:13 question UNKNOWN_QUESTION o30",
                "fy2566-bad-rows.csv:14 indicator INDICATOR_MISMATCH 1",
                "fy2566-bad-rows.csv:15 score MISSING_SCORE ",
                "fy2566-bad-rows.csv:16 fiscal_year NO_CATALOG_FOR_YEAR 2555",
                "fy2566-bad-rows.csv:17 score DUPLICATE_CONFLICT 90.00",
                "fy2566-bad-rows.csv:18 score DUPLICATE_CONFLICT 91.00",
                "fy2566-bad-rows.csv:3 question UNKNOWN_QUESTION i31",
                "fy2566-bad-rows.csv:4 score SCORE_OUT_OF_RANGE 101",
                "fy2566-bad-rows.csv:5 score SCORE_OUT_OF_RANGE -1",
                "fy2566-bad-rows.csv:6 score NOT_A_NUMBER abc",
                "fy2566-bad-rows.csv:7 score NOT_A_NUMBER 95,5",
                "fy2566-bad-rows.csv:8 agency_name MISSING_AGENCY ",
                "fy2566-bad-rows.csv:9 fiscal_year BAD_YEAR 66"), rejects(r));
        assertEquals(List.of(
                "อบต.นาทอน 2566 EIT 6 e3 88.00 fy2566-bad-rows.csv:19",
                "อบต.นาทอน 2566 IIT 1 i1 99.50 fy2566-bad-rows.csv:2"), scores(r));
        assertEquals(1, r.duplicatesCollapsed());
        assertEquals(2, r.scoresLoaded());
        assertEquals(19, r.rowsIn());

        assertTrue(r.rejects().filter("source_line = 17").collectAsList().get(0).<String>getAs("reason_en")
                .endsWith("FY2566 e2"));
        List<Row> decimalComma = r.rejects().filter("source_line = 7").collectAsList();
        assertTrue(decimalComma.get(0).<String>getAs("reason_th").contains("จุลภาค"));
        assertTrue(decimalComma.get(0).<String>getAs("reason_en").contains("comma used as decimal mark"));
    }

    @Test
    void a_file_given_twice_keeps_every_key_once_from_the_first_file_and_rejects_both_copies_that_disagree(
            @TempDir Path dir) throws IOException {
        String header = "agency_name,agency_type,province,fiscal_year,tool,indicator,question,score";
        Path first = Fixtures.text(dir, "a.csv", StandardCharsets.UTF_8, false, header,
                "อบต.นาทอน,อบต.,สตูล,2566,IIT,1,i1,99.5",
                "อบต.นาทอน,อบต.,สตูล,2566,IIT,1,i2,98",
                "อบต.นาทอน,อบต.,สตูล,2566,EIT,,e1,90");
        Path again = Fixtures.text(dir, "b.csv", StandardCharsets.UTF_8, false, header,
                "อบต.นาทอน,อบต.,สตูล,2566,IIT,1,i1,99.50",
                "อบต.นาทอน,อบต.,สตูล,2566,IIT,1,i2,98",
                "อบต.นาทอน,อบต.,สตูล,2566,EIT,,e1,91");

        IngestResult r = job.run(List.of(again, first), null);

        assertEquals(List.of(
                "อบต.นาทอน 2566 IIT 1 i1 99.50 a.csv:2",
                "อบต.นาทอน 2566 IIT 1 i2 98.00 a.csv:3"), scores(r));
        assertEquals(List.of(
                "a.csv:4 score DUPLICATE_CONFLICT 90.00",
                "b.csv:4 score DUPLICATE_CONFLICT 91.00"), rejects(r));
        assertEquals(2, r.duplicatesCollapsed());
    }

    @Test
    void a_figure_repeated_in_one_wide_row_or_across_wide_and_long_files_is_kept_once_or_rejected(@TempDir Path dir)
            throws IOException {
        Path repeating = Fixtures.text(dir, "a-repeating.csv", StandardCharsets.UTF_8, false,
                "agency_name,agency_type,province,fiscal_year,i1,i2,i1",
                "อบต.นาทอน,อบต.,สตูล,2566,99,98,99",            // i1 twice, same score: kept once
                "อบต.นาโสม,อบต.,ลพบุรี,2566,90,80,91");           // i1 twice, different scores: both rejected
        Path wide = Fixtures.text(dir, "b-wide.csv", StandardCharsets.UTF_8, false,
                "agency_name,agency_type,province,fiscal_year,i1,i2",
                "อบต.นาทอน,อบต.,สตูล,2567,95,94");
        Path longFile = Fixtures.text(dir, "c-long.csv", StandardCharsets.UTF_8, false,
                "agency_name,agency_type,province,fiscal_year,tool,indicator,question,score",
                "อบต.นาทอน,อบต.,สตูล,2567,IIT,,i2,94",            // the wide row's i2 again
                "อบต.นาทอน,อบต.,สตูล,2567,IIT,,i3,93",            // a figure the wide row lacks
                "อบต.นาโสม,อบต.,ลพบุรี,2567,IIT,,i1,70",           // long lines of one agency-year,
                "อบต.นาโสม,อบต.,ลพบุรี,2567,IIT,,i2,71");          // each figure once

        IngestResult r = job.run(List.of(longFile, wide, repeating), null);

        assertEquals(List.of(
                "อบต.นาทอน 2566 IIT 1 i1 99.00 a-repeating.csv:2",
                "อบต.นาทอน 2566 IIT 1 i2 98.00 a-repeating.csv:2",
                "อบต.นาทอน 2567 IIT 1 i1 95.00 b-wide.csv:2",
                "อบต.นาทอน 2567 IIT 1 i2 94.00 b-wide.csv:2",
                "อบต.นาทอน 2567 IIT 1 i3 93.00 c-long.csv:3",
                "อบต.นาโสม 2566 IIT 1 i2 80.00 a-repeating.csv:3",
                "อบต.นาโสม 2567 IIT 1 i1 70.00 c-long.csv:4",
                "อบต.นาโสม 2567 IIT 1 i2 71.00 c-long.csv:5"), scores(r));
        assertEquals(List.of(
                "a-repeating.csv:3 score DUPLICATE_CONFLICT 90.00",
                "a-repeating.csv:3 score DUPLICATE_CONFLICT 91.00"), rejects(r));
        assertEquals(2, r.duplicatesCollapsed());
        assertEquals(8, r.scoresLoaded());
        assertEquals(List.of("2566 question", "2567 question"), r.levels().collectAsList().stream()
                .map(row -> row.getAs("fiscal_year") + " " + row.getAs("level")).distinct().sorted().toList());
        assertEquals(4, r.levels().count(), "each agency-year-level once");
    }

    @Test
    void a_row_whose_bytes_are_not_utf8_in_a_utf8_file_is_rejected_alone(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mixed-encoding.csv");
        byte[] head = ("agency_name,agency_type,province,fiscal_year,question,score\n"
                + "อบต.นาทอน,อบต.,สตูล,2566,i1,99\n").getBytes(StandardCharsets.UTF_8);
        byte[] cp874 = "อบต.นาโสม,อบต.,ลพบุรี,2566,i1,98\n".getBytes(TextEncoding.WINDOWS_874);
        byte[] all = new byte[head.length + cp874.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(cp874, 0, all, head.length, cp874.length);
        Files.write(file, all);

        IngestResult r = job.run(List.of(file), null);

        assertEquals(1, r.scores().count());
        assertEquals(List.of("BAD_ENCODING"), r.rejects().collectAsList().stream()
                .map(row -> row.<String>getAs("reason")).collect(Collectors.toList()));
    }

    @Test
    void a_file_that_cannot_be_read_stops_the_run_with_one_clear_line(@TempDir Path dir) throws IOException {
        Path binary = dir.resolve("scores.csv");
        Files.write(binary, new byte[]{0x00, 0x01, 0x02, 0x7f, 0x00});
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> job.run(List.of(binary), null));
        assertTrue(e.getMessage().contains("scores.csv: binary content"), e.getMessage());

        Path unknown = Fixtures.text(dir, "minutes.csv", StandardCharsets.UTF_8, false, "วาระ,เรื่อง", "1,ประชุม");
        e = assertThrows(UnreadableInputException.class, () -> job.run(List.of(unknown), null));
        assertTrue(e.getMessage().contains("minutes.csv: unrecognised header"), e.getMessage());
        assertTrue(e.messageTh().contains("ไม่รู้จักหัวตาราง"), e.messageTh());

        Path noYear = Fixtures.text(dir, "no-year.csv", StandardCharsets.UTF_8, false, "agency_name,i1", "อบต.นาทอน,99");
        e = assertThrows(UnreadableInputException.class, () -> job.run(List.of(noYear), null));
        assertTrue(e.getMessage().contains("without required column(s): fiscal_year"), e.getMessage());

        Path missing = dir.resolve("nowhere.csv");
        e = assertThrows(UnreadableInputException.class, () -> job.run(List.of(missing), null));
        assertTrue(e.getMessage().contains("nowhere.csv: no such file or folder"), e.getMessage());
    }

    @Test
    void a_forced_format_overrides_detection(@TempDir Path dir) throws IOException {
        Path file = Fixtures.text(dir, "odd.csv", StandardCharsets.UTF_8, false,
                "agency_name,fiscal_year,i1,score", "อบต.นาทอน,2566,99,12");
        IngestResult wide = job.run(List.of(file), InputShape.WIDE);
        assertEquals(1, wide.scores().count());
        assertEquals("WIDE", wide.files().get(0).shape());
    }
}
