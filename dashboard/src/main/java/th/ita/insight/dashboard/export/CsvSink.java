package th.ita.insight.dashboard.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an exported table as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Thai
 * as Windows-874 garbage), CRLF, RFC 4180 quoting by commons-csv, text neutralised against formulas,
 * numbers plain (a negative change stays a number).
 */
final class CsvSink implements ExportTable.Sink, AutoCloseable {
    private final Writer writer;
    private final CSVPrinter printer;

    CsvSink(OutputStream out) throws IOException {
        writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    @Override
    public void header(List<String> headers) throws IOException {
        printer.printRecord(headers.stream().map(SpreadsheetText::neutralise).toList());
    }

    @Override
    public void row(List<Object> values) throws IOException {
        List<String> cells = new ArrayList<>(values.size());
        for (Object v : values) {
            cells.add(v == null ? "" : v instanceof Number n ? plain(n) : SpreadsheetText.neutralise(v.toString()));
        }
        printer.printRecord(cells);
    }

    private static String plain(Number n) {
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : "";
        }
        return n.toString();
    }

    @Override
    public void close() throws IOException {
        printer.flush();
        writer.flush();
    }
}
