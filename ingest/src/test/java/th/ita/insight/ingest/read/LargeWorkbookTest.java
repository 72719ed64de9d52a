package th.ita.insight.ingest.read;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A workbook far bigger than the heap reads in bounded memory: 60,000 agency rows × 64 score columns
 * (≈ 3.8 M cells) read through {@link TableSources} in a child JVM of 128 MB — where POI's whole-workbook
 * model, given the same heap and file, runs out of memory (so the bound is what the test measures).
 */
class LargeWorkbookTest {
    private static final int ROWS = 60_000;
    private static final int SCORES = 64;

    @Test
    void a_workbook_bigger_than_the_heap_is_read_row_by_row(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("national-wide.xlsx");
        write(file);
        Process streamed = child("streamed", file);
        String out = new String(streamed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(streamed.waitFor(180, TimeUnit.SECONDS));
        assertEquals(0, streamed.exitValue(), out);
        assertTrue(out.contains("rows=" + ROWS + " cells=" + (long) ROWS * (4 + SCORES)), out);

        Process whole = child("whole", file);
        String wholeOut = new String(whole.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(whole.waitFor(180, TimeUnit.SECONDS));
        assertNotEquals(0, whole.exitValue(), "POI's in-memory model was expected not to fit: " + wholeOut);
        assertTrue(wholeOut.contains("OutOfMemoryError"), wholeOut);
    }

    private static Process child(String mode, Path file) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                LargeWorkbookTest.class.getName(), mode, file.toString()).redirectErrorStream(true).start();
    }

    /** Child JVM: reads the workbook either way and prints what it read. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        if (args[0].equals("whole")) {
            try (var workbook = WorkbookFactory.create(file.toFile(), null, true)) {
                System.out.println("rows=" + workbook.getSheetAt(0).getLastRowNum());
            }
            return;
        }
        long rows = 0;
        long cells = 0;
        try (TableSource source = TableSources.open(file, InputShape.WIDE)) {
            Iterator<RawRow> it = source.rows();
            while (it.hasNext()) {
                cells += it.next().cells().length;
                rows++;
            }
        }
        System.out.println("rows=" + rows + " cells=" + cells);
    }

    private static void write(Path file) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("คะแนน");
            Row h = sheet.createRow(0);
            List<String> header = new java.util.ArrayList<>(List.of("ชื่อหน่วยงาน", "ประเภท", "จังหวัด", "ปีงบประมาณ"));
            for (int q = 1; q <= SCORES; q++) {
                header.add(q <= 30 ? "i" + q : q <= 45 ? "e" + (q - 30) : "o" + (q - 45));
            }
            for (int i = 0; i < header.size(); i++) {
                h.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 1; r <= ROWS; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("อบต.ทดสอบที่ " + r);
                row.createCell(1).setCellValue("อบต.");
                row.createCell(2).setCellValue("สตูล");
                row.createCell(3).setCellValue(2566);
                for (int q = 0; q < SCORES; q++) {
                    row.createCell(4 + q).setCellValue(50 + (r * 31 + q * 7) % 5000 / 100.0);
                }
            }
            wb.write(out);
        }
    }
}
