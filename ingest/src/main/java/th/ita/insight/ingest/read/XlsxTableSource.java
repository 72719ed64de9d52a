package th.ita.insight.ingest.read;

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
 */
public final class XlsxTableSource implements TableSource {
    private final Workbook workbook;
    private final Sheet sheet;
    private final int headerRow;
    private final String[] header;
    private final DataFormatter formatter = new DataFormatter();

    private XlsxTableSource(Workbook workbook, Sheet sheet, int headerRow, String[] header) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.header = header;
    }

    public static XlsxTableSource open(Path file, Predicate<String[]> recognisedHeader) {
        Workbook workbook;
        try {
            workbook = WorkbookFactory.create(file.toFile(), null, true);
        } catch (IOException | RuntimeException e) {
            // POI's messages name its own classes and our temp paths; the user needs what to do.
            throw new UnreadableInputException(file,
                    "not a readable Excel workbook (damaged, cut off, or password-protected?) — open and save it again in Excel",
                    "เปิดเป็นไฟล์ Excel ไม่ได้ (ไฟล์เสีย ถูกตัด หรือมีรหัสผ่าน?) ลองเปิดแล้วบันทึกใหม่ใน Excel", e);
        }
        List<String> seen = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                String[] cells = cells(row, new DataFormatter());
                if (isBlank(cells)) {
                    continue;
                }
                if (recognisedHeader.test(cells)) {
                    return new XlsxTableSource(workbook, sheet, row.getRowNum(), cells);
                }
                seen.add(sheet.getSheetName());
                break;
            }
        }
        try {
            workbook.close();
        } catch (IOException ignored) {
            // closing a read-only workbook cannot lose data
        }
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
        Iterator<Row> it = sheet.iterator();
        return new Iterator<>() {
            private RawRow next = advance();

            private RawRow advance() {
                while (it.hasNext()) {
                    Row row = it.next();
                    if (row.getRowNum() <= headerRow) {
                        continue;
                    }
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
        return !(cell instanceof org.apache.poi.xssf.usermodel.XSSFCell x) || x.getCTCell().isSetV();
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
