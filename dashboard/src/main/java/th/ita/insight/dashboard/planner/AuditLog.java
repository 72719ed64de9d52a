package th.ita.insight.dashboard.planner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes who changed what, when, with the record before and after as JSON, inside the transaction of
 * the change itself: a change without its audit row cannot be committed.
 */
public final class AuditLog {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One row of the log as read back. */
    public record Entry(long id, String at, String actor, String action, String entity, String entityId, String agencyId,
                        String beforeJson, String afterJson) {
    }

    private AuditLog() {
    }

    public static void record(Connection c, String actor, String action, String entity, String entityId, String agencyId,
                              Map<String, Object> before, Map<String, Object> after) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log VALUES (nextval('audit_ids'), current_timestamp, "
                + "?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, actor);
            ps.setString(2, action);
            ps.setString(3, entity);
            ps.setString(4, entityId);
            ps.setString(5, agencyId);
            ps.setString(6, json(before));
            ps.setString(7, json(after));
            ps.executeUpdate();
        }
    }

    /** The newest entries first. */
    public static List<Entry> recent(PlanStore store, int limit) throws SQLException {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT audit_id, CAST(changed_at AS VARCHAR), actor, action, entity, "
                    + "entity_id, agency_id, before_json, after_json FROM audit_log ORDER BY audit_id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                List<Entry> out = new ArrayList<>();
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
                    }
                }
                return out;
            }
        });
    }

    private static String json(Map<String, Object> value) throws SQLException {
        if (value == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(new LinkedHashMap<>(value));
        } catch (JsonProcessingException e) {
            throw new SQLException("cannot write the audit record as JSON", e);
        }
    }
}
