package th.ita.insight.dashboard.web;

import th.ita.insight.dashboard.PublishedDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a parameterised query on the published database and returns its rows as ordered maps (column
 * → value), ready for JSON. User input only ever travels as a bound parameter.
 */
public final class Rows {
    private final PublishedDatabase db;

    public Rows(PublishedDatabase db) {
        this.db = db;
    }

    public List<Map<String, Object>> list(String sql, Object... params) throws SQLException {
        try (Connection c = db.borrow(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> out = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object value = rs.getObject(i);
                        row.put(meta.getColumnLabel(i), value instanceof java.sql.Timestamp t ? t.toInstant().toString() : value);
                    }
                    out.add(row);
                }
                return out;
            }
        }
    }

    /** Receives one row of a streamed query; the result set is positioned on it. */
    @FunctionalInterface
    public interface RowHandler {
        void row(ResultSet rs) throws SQLException, java.io.IOException;
    }

    /** Streams a query's rows one at a time, for exports too large to hold as maps (all ~8,000 agencies). */
    public void forEach(String sql, RowHandler handler, Object... params) throws SQLException, java.io.IOException {
        try (Connection c = db.borrow(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        }
    }

    /** The run id of the publish these rows come from (the request's pinned one), for JSON answers. */
    public String runId() throws SQLException {
        return db.runId();
    }

    public Map<String, Object> one(String sql, Object... params) throws SQLException {
        List<Map<String, Object>> rows = list(sql, params);
        return rows.isEmpty() ? null : rows.get(0);
    }
}
