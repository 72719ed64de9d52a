package th.ita.insight.dashboard.export;

import th.ita.insight.dashboard.web.Rows;
import th.ita.insight.text.Language;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A table the dashboard exports: a name, its columns, the query that fills it. Streams row by row. */
record ExportTable(String nameTh, String nameEn, List<ExportColumn> columns, String sql) {

    /** Receives the exported rows: values in column order, numbers as {@link Number}, text as String or null. */
    interface Sink {
        void header(List<String> headers) throws IOException;

        void row(List<Object> values) throws IOException;
    }

    String name(Language lang) {
        return lang.pick(nameTh, nameEn);
    }

    void stream(Rows rows, Language lang, Sink sink, Object... params) throws SQLException, IOException {
        sink.header(columns.stream().map(c -> c.header(lang)).toList());
        body(rows, lang, sink, params);
    }

    /**
     * The same for a query over an ordering of {@code total} things (agencies by name), one slice of
     * {@code slice} of them at a time, so no single query sorts them all: the query's last two parameters
     * are the slice's first and last ordinal (1-based), filled in here after {@code params}.
     */
    void streamSliced(Rows rows, Language lang, Sink sink, long total, int slice, Object... params)
            throws SQLException, IOException {
        sink.header(columns.stream().map(c -> c.header(lang)).toList());
        for (long from = 1; from <= total; from += slice) {
            Object[] withBounds = java.util.Arrays.copyOf(params, params.length + 2);
            withBounds[params.length] = from;
            withBounds[params.length + 1] = from + slice - 1;
            body(rows, lang, sink, withBounds);
        }
    }

    private void body(Rows rows, Language lang, Sink sink, Object... params) throws SQLException, IOException {
        rows.forEach(sql, rs -> {
            List<Object> values = new ArrayList<>(columns.size());
            for (ExportColumn c : columns) {
                Object v = rs.getObject(c.source(lang));
                values.add(v == null || c.kind() == ExportColumn.Kind.TEXT ? (v == null ? null : v.toString()) : (Number) v);
            }
            sink.row(values);
        }, params);
    }
}
