package th.ita.insight.dashboard.export;

import io.javalin.http.Context;
import th.ita.insight.text.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A table a page shows, downloaded as CSV from the rows the page itself was drawn from, so the file
 * and the page cannot disagree. Same rules as every CSV export (BOM, neutralised text, numbers as numbers).
 */
public final class TableCsv {
    /** A column: its header in both languages and the row key it reads in each language. */
    public record Column(String headerTh, String headerEn, String keyTh, String keyEn) {
        public static Column of(String headerTh, String headerEn, String key) {
            return new Column(headerTh, headerEn, key, key);
        }
    }

    private TableCsv() {
    }

    public static void send(Context ctx, Language lang, String stem, List<Column> columns, List<Map<String, Object>> rows)
            throws Exception {
        Downloads.attach(ctx, ExportFormat.CSV, stem, null);
        try (CsvSink sink = new CsvSink(ctx.outputStream())) {
            sink.header(columns.stream().map(c -> lang.pick(c.headerTh(), c.headerEn())).toList());
            for (Map<String, Object> row : rows) {
                List<Object> values = new ArrayList<>(columns.size());
                for (Column c : columns) {
                    Object v = row.get(lang.pick(c.keyTh(), c.keyEn()));
                    values.add(v == null ? row.get(c.keyTh()) : v);
                }
                sink.row(values);
            }
        }
    }

    /** A download bar with one CSV link, as the other pages' export bars look. */
    public static String link(String href, String id, Language lang) {
        return "<p class=\"exports\"><span>" + lang.pick("ดาวน์โหลด", "Download") + ":</span> <a id=\"" + id + "\" href=\""
                + th.ita.insight.dashboard.web.Html.escape(href) + "\" download>" + lang.pick("ตารางนี้ (CSV)", "this table (CSV)")
                + "</a></p>";
    }
}
