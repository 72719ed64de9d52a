package th.ita.insight.dashboard.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import java.util.List;

/**
 * Writes an exported table into one streamed sheet: a frozen, filterable header row, numbers as numeric
 * cells (scores with two decimals), text neutralised as in CSV, fixed column widths (auto-sizing would
 * need every row in memory).
 */
final class XlsxSheetSink implements ExportTable.Sink {
    private final SXSSFSheet sheet;
    private final List<ExportColumn> columns;
    private final CellStyle header;
    private final CellStyle score;
    private int next;

    XlsxSheetSink(SXSSFSheet sheet, List<ExportColumn> columns, CellStyle header, CellStyle score) {
        this.sheet = sheet;
        this.columns = columns;
        this.header = header;
        this.score = score;
    }

    @Override
    public void header(List<String> headers) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, Math.min(255, Math.max(columns.get(i).width(), headers.get(i).length() + 2)) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<Object> values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
                if (columns.get(i).kind() == ExportColumn.Kind.SCORE) {
                    cell.setCellStyle(score);
                }
            } else {
                cell.setCellValue(SpreadsheetText.neutralise(v.toString()));
            }
        }
    }

    /** Turns the filters on over everything written; called once the last row is in. */
    void finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, columns.size() - 1));
    }
}
