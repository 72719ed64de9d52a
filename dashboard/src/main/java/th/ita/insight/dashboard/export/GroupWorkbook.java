package th.ita.insight.dashboard.export;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import th.ita.insight.dashboard.web.Rows;
import th.ita.insight.text.Language;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;

/**
 * The overseer's workbook of a peer group and year: agencies, their weak items, question statistics.
 * Streamed (SXSSF): only {@link #WINDOW} rows per sheet are in memory, the rest in a temporary file,
 * so all ~8,000 agencies export within a bounded heap.
 */
final class GroupWorkbook {
    static final int WINDOW = 200;
    /** Agencies per weak-item query: ~27 weak items each, so a slice sorts ~13,000 rows. */
    static final int SLICE = 500;

    private GroupWorkbook() {
    }

    static void write(Rows rows, String group, String key, int year, Language lang, OutputStream out)
            throws SQLException, IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        try {
            wb.setCompressTempFiles(true);
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle score = wb.createCellStyle();
            score.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            sheet(wb, ExportTables.GROUP_AGENCIES, lang, header, score,
                    sink -> ExportTables.GROUP_AGENCIES.stream(rows, lang, sink, year, group, key));
            long members = ((Number) rows.one(ExportTables.GROUP_SIZE, year, group, key).values().iterator().next()).longValue();
            sheet(wb, ExportTables.GROUP_WEAK_ITEMS, lang, header, score, sink -> ExportTables.GROUP_WEAK_ITEMS
                    .streamSliced(rows, lang, sink, members, SLICE, year, group, key, year));
            sheet(wb, ExportTables.GROUP_QUESTION_STATS, lang, header, score,
                    sink -> ExportTables.GROUP_QUESTION_STATS.stream(rows, lang, sink, year, group, key));
            wb.write(out);
        } finally {
            wb.close();
        }
    }

    /** Fills one sheet of the table through {@code fill} (one query, or one per slice). */
    @FunctionalInterface
    private interface Fill {
        void into(XlsxSheetSink sink) throws SQLException, IOException;
    }

    private static void sheet(SXSSFWorkbook wb, ExportTable table, Language lang, CellStyle header, CellStyle score,
                              Fill fill) throws SQLException, IOException {
        XlsxSheetSink sink = new XlsxSheetSink(wb.createSheet(table.name(lang)), table.columns(), header, score);
        fill.into(sink);
        sink.finish();
    }
}
