package th.ita.insight.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/** The DuckDB contract (store/schema.sql): creates it and names its version and tables. */
public final class Schema {
    public static final int VERSION = 3;
    public static final String DESCRIPTION = "analytics: peer_stats, peer_rank, weak_item, measure, "
            + "recommendation, recommendation_item, trend, weak_share";
    public static final List<String> TABLES = List.of("schema_version", "run_info", "agency", "catalog_year",
            "catalog_tool", "catalog_indicator", "catalog_question", "catalog_grade_band", "score_question",
            "score_indicator", "score_tool", "score_total", "run_note", "peer_stats", "peer_rank", "weak_item",
            "measure", "recommendation", "recommendation_item", "trend", "weak_share");

    private Schema() {
    }

    public static String ddl() {
        try (InputStream in = Schema.class.getClassLoader().getResourceAsStream("store/schema.sql")) {
            if (in == null) {
                throw new IllegalStateException("store/schema.sql is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read store/schema.sql", e);
        }
    }

    /** Creates every table of the contract in an empty database and records the version. */
    public static void create(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String statement : statements()) {
                st.execute(statement);
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO schema_version VALUES (?, ?)")) {
            ps.setInt(1, VERSION);
            ps.setString(2, DESCRIPTION);
            ps.executeUpdate();
        }
    }

    static List<String> statements() {
        String withoutComments = Arrays.stream(ddl().split("\n"))
                .map(line -> line.replaceFirst("--.*$", ""))
                .reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(withoutComments.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
