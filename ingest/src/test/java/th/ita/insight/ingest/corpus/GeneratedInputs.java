package th.ita.insight.ingest.corpus;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;

/**
 * The corpus inputs that are binary or big, written by the test itself (never committed): workbooks
 * and the 1 MB / 200 MB text files. Each method's name is the case name in corpus/expected.csv.
 */
final class GeneratedInputs {
    static final String LONG_HEADER = "agency_name,agency_type,province,fiscal_year,tool,indicator,question,score";
    private static final String[] WIDE_HEADER = {"ชื่อหน่วยงาน", "ประเภท", "จังหวัด", "ปีงบประมาณ", "i1", "i2", "i3"};
    /** Rows of the 200 MB file; each carries a ~2 kB note column that the reader ignores. */
    static final int BIG_ROWS = 100_000;
    private static final int EXCEL_MAX_CELL = 32_767;

    private GeneratedInputs() {
    }

    static Path write(String name, Path dir) throws IOException {
        Path file = dir.resolve(name);
        switch (name) {
            case "xlsx-date-where-a-number-belongs.xlsx" -> dateInScore(file);
            case "xlsx-formulas-cached-error-and-uncomputed.xlsx" -> formulas(file);
            case "xlsx-merged-agency-cells.xlsx" -> merged(file);
            case "xlsx-only-empty-sheets.xlsx" -> emptySheets(file);
            case "xlsx-empty-and-cover-sheets-before-data.xlsx" -> coverSheets(file);
            case "xlsx-truncated-zip.xlsx" -> truncated(file);
            case "xls-old-binary-format.xls" -> oldXls(file);
            case "xlsx-32k-cell.xlsx" -> bigCellWorkbook(file);
            case "csv-1mb-cells.csv" -> bigCells(file);
            case "csv-200mb.csv" -> big(file);
            default -> throw new IllegalArgumentException("no generator for corpus case " + name);
        }
        return file;
    }

    private static Sheet wideSheet(Workbook wb, String name) {
        Sheet sheet = wb.createSheet(name);
        Row h = sheet.createRow(0);
        for (int i = 0; i < WIDE_HEADER.length; i++) {
            h.createCell(i).setCellValue(WIDE_HEADER[i]);
        }
        return sheet;
    }

    private static Row agencyRow(Sheet sheet, int index, String name) {
        Row r = sheet.createRow(index);
        r.createCell(0).setCellValue(name);
        r.createCell(1).setCellValue("อบต.");
        r.createCell(2).setCellValue("สตูล");
        r.createCell(3).setCellValue(2566);
        return r;
    }

    private static void save(Workbook wb, Path file) throws IOException {
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    /** Row 2 good; row 3 has a date-formatted i2 (Excel turned "15.3" into 15 March). */
    private static void dateInScore(Path file) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = wideSheet(wb, "คะแนน");
        Row a = agencyRow(sheet, 1, "อบต.นาทอน");
        a.createCell(4).setCellValue(99.5);
        Row b = agencyRow(sheet, 2, "อบต.ขอนคลาน");
        b.createCell(4).setCellValue(91);
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("d/m/yyyy"));
        b.createCell(5).setCellValue(new Date(0));
        b.getCell(5).setCellStyle(date);
        save(wb, file);
    }

    /**
     * Row 2: i1 = 50+45.5 with its cached result; row 3: i1 = 1/0 (#DIV/0!); row 4: i1 is a formula
     * saved by a tool that never computed it (no cached value in the file).
     */
    private static void formulas(Path file) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = wideSheet(wb, "คะแนน");
        agencyRow(sheet, 1, "อบต.นาทอน").createCell(4).setCellFormula("50+45.5");
        agencyRow(sheet, 2, "อบต.ขอนคลาน").createCell(4).setCellFormula("1/0");
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        agencyRow(sheet, 3, "อบต.ทุ่งนุ้ย").createCell(4).setCellFormula("SUM(E2:E3)");
        save(wb, file);
    }

    /** The agency name is merged over rows 2–4, as people lay out a sheet for print; only row 2 holds it. */
    private static void merged(Path file) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = wideSheet(wb, "คะแนน");
        Row a = agencyRow(sheet, 1, "อบต.นาทอน");
        a.createCell(4).setCellValue(99);
        for (int r = 2; r <= 3; r++) {
            Row row = sheet.createRow(r);
            row.createCell(1).setCellValue("อบต.");
            row.createCell(2).setCellValue("สตูล");
            row.createCell(3).setCellValue(2566);
            row.createCell(4 + r - 1).setCellValue(90 + r);
        }
        sheet.addMergedRegion(new CellRangeAddress(1, 3, 0, 0));
        save(wb, file);
    }

    private static void emptySheets(Path file) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("Sheet1");
        wb.createSheet("Sheet2").createRow(5).createCell(3).setCellValue("   ");
        save(wb, file);
    }

    private static void coverSheets(Path file) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("ว่าง");
        wb.createSheet("ปก").createRow(2).createCell(1).setCellValue("รายงานผล ITA ปี 2566");
        Sheet sheet = wideSheet(wb, "คะแนน");
        agencyRow(sheet, 1, "อบต.นาทอน").createCell(4).setCellValue(99);
        save(wb, file);
    }

    /** A download cut off half-way: the zip's central directory is missing. */
    private static void truncated(Path file) throws IOException {
        dateInScore(file);
        byte[] all = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(all, all.length / 2));
    }

    private static void oldXls(Path file) throws IOException {
        HSSFWorkbook wb = new HSSFWorkbook();
        Sheet sheet = wideSheet(wb, "คะแนน");
        Row a = agencyRow(sheet, 1, "อบต.นาทอน");
        a.createCell(4).setCellValue(99.5);
        a.createCell(5).setCellValue("๙๘.๒๕");
        save(wb, file);
    }

    /** Excel (and POI) refuse text cells over 32,767 characters, so the biggest cell a workbook can hold. */
    private static void bigCellWorkbook(Path file) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = wideSheet(wb, "คะแนน");
        agencyRow(sheet, 1, "อบต.นาทอน").createCell(4).setCellValue(99);
        agencyRow(sheet, 2, "อบต.ขอนคลาน").createCell(4).setCellValue("9".repeat(EXCEL_MAX_CELL));
        save(wb, file);
    }

    /** Line 2: a 1 MB score; line 3: a 1 MB ignored note; line 4: a 1 MB agency name; line 5 good. */
    private static void bigCells(Path file) throws IOException {
        String mb = "ก".repeat(1 << 20);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(LONG_HEADER + ",note\n");
            w.write("อบต.นาทอน,อบต.,สตูล,2566,IIT,1,i1," + "9".repeat(1 << 20) + ",\n");
            w.write("อบต.นาทอน,อบต.,สตูล,2566,IIT,1,i2,98,\"" + mb + "\"\n");
            w.write("อบต." + mb + ",อบต.,สตูล,2566,IIT,1,i3,97,\n");
            w.write("อบต.นาทอน,อบต.,สตูล,2566,IIT,1,i4,96,\n");
        }
    }

    /**
     * About 200 MB: 100,000 rows (20,000 agencies × i1–i5), each with a 2 kB note; the last line is a
     * bad score, so a line number at the very end of the file is checked too.
     */
    private static void big(Path file) throws IOException {
        String note = "หมายเหตุ".repeat(85); // 8 Thai chars × 3 bytes × 85 ≈ 2 kB
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE)) {
            w.write(LONG_HEADER + ",note\n");
            for (int i = 0; i < BIG_ROWS; i++) {
                int agency = i / 5;
                int item = i % 5 + 1;
                w.write("อบต.ทดสอบ" + agency + ",อบต.,สตูล,2566,IIT,1,i" + item + "," + (50 + agency % 50) + "." + item
                        + ",\"" + note + "\"\n");
            }
            w.write("อบต.ทดสอบท้ายไฟล์,อบต.,สตูล,2566,IIT,1,i1,101,\n");
        }
    }
}
