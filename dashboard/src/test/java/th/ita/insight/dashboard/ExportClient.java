package th.ita.insight.dashboard;

import th.ita.insight.store.DuckDbStore;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The export tests' side of the wire: the real server on port 0, files fetched as bytes, the database asked directly. */
final class ExportClient implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    final DashboardServer server;
    final Path db;

    ExportClient(Path db) {
        this.db = db;
        this.server = DashboardServer.create(new DashboardConfig(db, "127.0.0.1", Duration.ofSeconds(1))).start("127.0.0.1", 0);
    }

    HttpResponse<byte[]> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The first column of every row of a query on the same file the server reads (read-only, both). */
    List<Object> column(String sql, Object... params) throws SQLException {
        try (Connection c = DuckDbStore.openReadOnly(db); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Object> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1));
                }
            }
            return out;
        }
    }

    Object one(String sql, Object... params) throws SQLException {
        List<Object> values = column(sql, params);
        return values.isEmpty() ? null : values.get(0);
    }

    /** {@link #one} for lambdas. */
    Object oneUnchecked(String sql, Object... params) {
        try {
            return one(sql, params);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
    }
}
