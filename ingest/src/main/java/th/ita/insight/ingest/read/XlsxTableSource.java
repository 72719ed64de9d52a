package th.ita.insight.ingest.read;

import com.github.pjfanning.xlsx.StreamingReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.NumberToTextConverter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * Reads the first sheet of an Excel workbook (.xlsx, or old .xls) whose first non-empty row is a
 * header the caller recognises. Numbers are taken as stored, not as displayed, so a cell formatted to
 * show "95.5" still reads 95.456; a date-formatted cell reads as a date, which the validator rejects.
 * An .xlsx is streamed row by row (SAX, a few hundred rows in memory), so a workbook of any size reads
 * in bounded memory; an old .xls (at most 65,536 rows) is read whole.
 */
public final class XlsxTableSource implements TableSource {
    private static final int ROWS_IN_MEMORY = 200;

    private final Workbook workbook;
    private final Sheet sheet;
    private final Iterator<Row> afterHeader;
    private final String[] header;
    private final DataFormatter formatter = new DataFormatter();

    private XlsxTableSource(Workbook workbook, Sheet sheet, Iterator<Row> afterHeader, String[] header) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.afterHeader = afterHeader;
        this.header = header;
    }

    public static XlsxTableSource open(Path file, Predicate<String[]> recognisedHeader) {
        Workbook workbook;
        try {
            workbook = isOle2(file) ? WorkbookFactory.create(file.toFile(), null, true)
                    : StreamingReader.builder().rowCacheSize(ROWS_IN_MEMORY).bufferSize(8192).open(file.toFile());
        } catch (IOException | RuntimeException e) {
            // POI's messages name its own classes and our temp paths; the user needs what to do.
            throw new UnreadableInputException(file,
                    "not a readable Excel workbook (damaged, cut off, or password-protected?) — open and save it again in Excel",
                    "เปิดเป็นไฟล์ Excel ไม่ได้ (ไฟล์เสีย ถูกตัด หรือมีรหัสผ่าน?) ลองเปิดแล้วบันทึกใหม่ใน Excel", e);
        }
        List<String> seen = new ArrayList<>();
        try {
            for (Sheet sheet : workbook) {
                // One pass per sheet: a streamed sheet cannot be read twice, so the rows continue from here.
                Iterator<Row> rows = sheet.rowIterator();
                while (rows.hasNext()) {
                    String[] cells = cells(rows.next(), new DataFormatter());
                    if (isBlank(cells)) {
                        continue;
                    }
                    if (recognisedHeader.test(cells)) {
                        return new XlsxTableSource(workbook, sheet, rows, cells);
                    }
                    seen.add(sheet.getSheetName());
                    break;
                }
            }
        } catch (RuntimeException e) {
            closeQuietly(workbook);
            throw new UnreadableInputException(file,
                    "not a readable Excel workbook (damaged or cut off?) — open and save it again in Excel",
                    "อ่านไฟล์ Excel ไม่ได้ (ไฟล์เสียหรือถูกตัด?) ลองเปิดแล้วบันทึกใหม่ใน Excel", e);
        }
        closeQuietly(workbook);
        throw new UnreadableInputException(file,
                "no sheet starts with a recognisable header (sheets looked at: " + seen + ")",
                "ไม่มีชีตใดที่แถวแรกเป็นหัวตารางที่รู้จัก (ชีตที่ตรวจ: " + seen + ")");
    }

    @Override
    public String[] header() {
        return header.clone();
    }

    @Override
    public String description() {
        return "Excel, sheet '" + sheet.getSheetName() + "'";
    }

    @Override
    public Iterator<RawRow> rows() {
        Iterator<Row> it = afterHeader;
        return new Iterator<>() {
            private RawRow next = advance();

            private RawRow advance() {
                while (it.hasNext()) {
                    Row row = it.next();
                    String[] cells = cells(row, formatter);
                    if (!isBlank(cells)) {
                        return new RawRow(row.getRowNum() + 1L, cells);
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public RawRow next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                RawRow current = next;
                next = advance();
                return current;
            }
        };
    }

    private static String[] cells(Row row, DataFormatter formatter) {
        int last = Math.max(row.getLastCellNum(), 0);
        String[] cells = new String[last];
        for (int i = 0; i < last; i++) {
            cells[i] = text(row.getCell(i), formatter);
        }
        return cells;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA && !hasCachedResult(cell)) {
            // Written by a program that never computed it: POI would read 0, a silently wrong score.
            return "=" + cell.getCellFormula();
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? formatter.formatCellValue(cell)
                    : NumberToTextConverter.toText(cell.getNumericCellValue());
            case STRING -> cell.getRichStringCellValue().getString().strip();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case ERROR -> "#ERROR";
            default -> "";
        };
    }

    private static boolean hasCachedResult(Cell cell) {
        if (cell instanceof org.apache.poi.xssf.usermodel.XSSFCell x) {
            return x.getCTCell().isSetV();
        }
        // Streamed, a formula saved without its value has no cached type (BLANK), where a computed one has one.
        return !(cell instanceof com.github.pjfanning.xlsx.impl.StreamingCell) || cell.getCachedFormulaResultType() != CellType.BLANK;
    }

    /** An old binary .xls (OLE2 compound document) rather than a zip. */
    private static boolean isOle2(Path file) throws IOException {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            return org.apache.poi.poifs.filesystem.FileMagic.valueOf(in.readNBytes(8)) == org.apache.poi.poifs.filesystem.FileMagic.OLE2;
        }
    }

    private static void closeQuietly(Workbook workbook) {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // closing a read-only workbook cannot lose data
        }
    }

    private static boolean isBlank(String[] cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
