package th.ita.insight.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/** The DuckDB contract (store/schema.sql): creates it and names its version and tables. */
public final class Schema {
    public static final int VERSION = 5;
    /** The oldest version readers still accept: 5 cites OIT items per year (measure_oit), which pages read. */
    public static final int OLDEST_READABLE = 5;
    public static final String DESCRIPTION = "OIT references per year: measure.oit_topics, measure_oit; "
            + "weak_item.severity urgent | improve | maintain (priority tiers)";
    /** Tables written by ./ita survey; the batch carries them over from the file it replaces. */
    public static final List<String> SELF_ASSESSMENT_TABLES = List.of("self_assessment_tool",
            "self_assessment_indicator", "self_assessment_question", "self_assessment_total",
            "self_assessment_weak_item", "self_assessment_recommendation", "self_assessment_recommendation_item");
    public static final List<String> TABLES = List.of("schema_version", "run_info", "agency", "catalog_year",
            "catalog_tool", "catalog_indicator", "catalog_question", "catalog_grade_band", "score_question",
            "score_indicator", "score_tool", "score_total", "run_note", "peer_stats", "peer_rank", "weak_item",
            "measure", "measure_oit", "recommendation", "recommendation_item", "trend", "weak_share", "self_assessment_tool",
            "self_assessment_indicator", "self_assessment_question", "self_assessment_total",
            "self_assessment_weak_item", "self_assessment_recommendation", "self_assessment_recommendation_item");

    private Schema() {
    }

    public static String ddl() {
        return SqlScripts.read("store/schema.sql");
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

    /**
     * Checks a file speaks this version. Version 5 changed what the analysis tables hold (OIT codes per year,
     * priority tiers), which only a new publish from the canonical store can produce, so older files are not
     * patched in place: './ita run' publishes them again (the store keeps every loaded row).
     */
    public static void upgrade(Connection connection) throws SQLException {
        int version;
        try (Statement st = connection.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT max(version) FROM schema_version")) {
            version = rs.next() ? rs.getInt(1) : 0;
        }
        if (version != VERSION) {
            throw new SQLException("cannot upgrade a database of schema version " + version + " to " + VERSION
                    + ": publish it again with './ita run'");
        }
    }

    static List<String> statements() {
        String withoutComments = Arrays.stream(ddl().split("\n"))
                .map(line -> line.replaceFirst("--.*$", ""))
                .reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(withoutComments.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
