package th.ita.insight.ingest;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;

/** Small input files written by the tests themselves, named for their scenario. */
final class Fixtures {
    private Fixtures() {
    }

    static Path text(Path dir, String name, Charset charset, boolean bom, String... lines) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(String.join("\n", lines).concat("\n").getBytes(charset));
        }
        return file;
    }

    /**
     * A wide FY2566 workbook: row 2 is a good agency; row 3 has a date where a score belongs (i2) and a
     * formula (i3 = 50 + 45.5) whose cached value counts.
     */
    static Path wideWorkbook(Path dir) throws IOException {
        Path file = dir.resolve("fy2566-wide.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet notes = wb.createSheet("คำอธิบาย");
            notes.createRow(0).createCell(0).setCellValue("ข้อมูลจากระบบ ITAS");
            Sheet sheet = wb.createSheet("คะแนน");
            Row h = sheet.createRow(0);
            String[] header = {"ชื่อหน่วยงาน", "ประเภท", "จังหวัด", "ปีงบประมาณ", "i1", "i2", "i3", "o1"};
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Row a = sheet.createRow(1);
            a.createCell(0).setCellValue("อบต.นาทอน");
            a.createCell(1).setCellValue("อบต.");
            a.createCell(2).setCellValue("สตูล");
            a.createCell(3).setCellValue(2566);
            a.createCell(4).setCellValue(99.5);
            a.createCell(5).setCellValue(98.25);
            a.createCell(6).setCellValue(97.125);
            a.createCell(7).setCellValue(100);
            Row b = sheet.createRow(2);
            b.createCell(0).setCellValue("เทศบาลตำบลทุ่งหว้า");
            b.createCell(1).setCellValue("เทศบาลตำบล");
            b.createCell(2).setCellValue("Satun");
            b.createCell(3).setCellValue("๒๕๖๖");
            b.createCell(4).setCellValue(91);
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("d/m/yyyy"));
            b.createCell(5).setCellValue(new Date(0));
            b.getCell(5).setCellStyle(dateStyle);
            b.createCell(6).setCellFormula("50+45.5");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }
}
