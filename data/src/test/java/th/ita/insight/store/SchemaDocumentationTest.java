package th.ita.insight.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/duckdb-schema.md is the contract's documentation: every table and column must be in it. */
class SchemaDocumentationTest {

    @Test
    void every_table_and_column_of_the_contract_is_documented() throws Exception {
        String doc = Files.readString(Path.of("../docs/duckdb-schema.md"));
        List<String> missing = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            Schema.create(c);
            try (ResultSet rs = st.executeQuery("SELECT table_name, column_name FROM information_schema.columns "
                    + "ORDER BY table_name, ordinal_position")) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    String column = rs.getString(2);
                    if (!doc.contains("### `" + table + "`")) {
                        missing.add("table " + table);
                    }
                    if (!doc.contains("| `" + column + "` |")) {
                        missing.add(table + "." + column);
                    }
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT version FROM schema_version")) {
                rs.next();
                assertEquals(Schema.VERSION, rs.getInt(1));
            }
        }
        assertEquals(List.of(), missing.stream().distinct().toList());
        assertTrue(doc.contains("schema version " + Schema.VERSION), "the doc names the version it describes");
        assertEquals(Schema.TABLES.size(), Schema.statements().size(), "Schema.TABLES lists every CREATE TABLE");
    }
}
