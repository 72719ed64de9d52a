package th.ita.insight.dashboard.planner;

import th.ita.insight.dashboard.web.Conflict;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Plan items and their progress notes in the plans file; every change is written with its audit row. */
public final class PlanRepository {
    private static final String COLUMNS = "plan_id, agency_id, base_year, measure_id, theme_th, theme_en, title, questions, "
            + "approach, responsible, steps, CAST(start_date AS VARCHAR), CAST(end_date AS VARCHAR), target_score, status, "
            + "outcome, evidence, version, updated_by, CAST(updated_at AS VARCHAR)";

    private final PlanStore store;

    public PlanRepository(PlanStore store) {
        this.store = store;
    }

    public PlanStore store() {
        return store;
    }

    /** An agency's items for one analysed year (all years when null), in the order they were created. */
    public List<PlanItem> list(String agencyId, Integer baseYear) throws SQLException {
        return store.read(c -> query(c, "SELECT " + COLUMNS + " FROM plan_item WHERE agency_id = ? AND (? IS NULL OR base_year = ?) "
                + "ORDER BY plan_id", agencyId, baseYear, baseYear));
    }

    public PlanItem find(long planId) throws SQLException {
        List<PlanItem> found = store.read(c -> query(c, "SELECT " + COLUMNS + " FROM plan_item WHERE plan_id = ?", planId));
        return found.isEmpty() ? null : found.get(0);
    }

    /** The item already made from this recommended measure for this year, so adding it twice opens it instead. */
    public PlanItem findByMeasure(String agencyId, int baseYear, String measureId) throws SQLException {
        List<PlanItem> found = store.read(c -> query(c, "SELECT " + COLUMNS + " FROM plan_item WHERE agency_id = ? AND base_year = ? "
                + "AND measure_id = ? ORDER BY plan_id LIMIT 1", agencyId, baseYear, measureId));
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * A new item; for a recommended measure already in the year's plan, the item made the first time. The check
     * runs inside the write, which never interleaves with another, so two clicks at once still make one item.
     */
    public PlanItem create(String actor, String agencyId, int baseYear, String measureId, String themeTh, String themeEn,
                           PlanDraft d) throws SQLException {
        return store.write(c -> {
            if (measureId != null) {
                List<PlanItem> existing = query(c, "SELECT " + COLUMNS + " FROM plan_item WHERE agency_id = ? "
                        + "AND base_year = ? AND measure_id = ? ORDER BY plan_id LIMIT 1", agencyId, baseYear, measureId);
                if (!existing.isEmpty()) {
                    return existing.get(0);
                }
            }
            long id;
            try (PreparedStatement ps = c.prepareStatement("SELECT nextval('plan_ids')"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan_item VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "CAST(? AS DATE), CAST(? AS DATE), ?, ?, ?, ?, 1, ?, current_timestamp, ?, current_timestamp)")) {
                ps.setLong(1, id);
                ps.setString(2, agencyId);
                ps.setInt(3, baseYear);
                ps.setString(4, measureId);
                ps.setString(5, themeTh);
                ps.setString(6, themeEn);
                int next = bindDraft(ps, 7, d);
                ps.setString(next, actor);
                ps.setString(next + 1, actor);
                ps.executeUpdate();
            }
            PlanItem created = query(c, "SELECT " + COLUMNS + " FROM plan_item WHERE plan_id = ?", id).get(0);
            AuditLog.record(c, actor, "plan.create", "plan_item", String.valueOf(id), agencyId, null, created.describe());
            return created;
        });
    }

    /** Replaces the editable fields if nobody saved the item since {@code expectedVersion}; else 409. */
    public PlanItem update(String actor, long planId, int expectedVersion, PlanDraft d) throws SQLException {
        return store.write(c -> {
            List<PlanItem> before = query(c, "SELECT " + COLUMNS + " FROM plan_item WHERE plan_id = ?", planId);
            if (before.isEmpty() || before.get(0).version() != expectedVersion) {
                throw new Conflict("มีผู้แก้ไขมาตรการนี้ไปก่อนแล้ว กรุณาเปิดหน้าใหม่แล้วแก้อีกครั้ง",
                        "someone saved this measure since you opened it: reload it and edit again");
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE plan_item SET title = ?, questions = ?, approach = ?, "
                    + "responsible = ?, steps = ?, start_date = CAST(? AS DATE), end_date = CAST(? AS DATE), target_score = ?, "
                    + "status = ?, outcome = ?, evidence = ?, version = version + 1, updated_by = ?, updated_at = current_timestamp "
                    + "WHERE plan_id = ?")) {
                int next = bindDraft(ps, 1, d);
                ps.setString(next, actor);
                ps.setLong(next + 1, planId);
                ps.executeUpdate();
            }
            PlanItem after = query(c, "SELECT " + COLUMNS + " FROM plan_item WHERE plan_id = ?", planId).get(0);
            AuditLog.record(c, actor, "plan.update", "plan_item", String.valueOf(planId), after.agencyId(),
                    before.get(0).describe(), after.describe());
            return after;
        });
    }

    public PlanNote addNote(String actor, PlanItem item, LocalDate notedOn, String text) throws SQLException {
        return store.write(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("SELECT nextval('note_ids')"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan_note VALUES (?, ?, CAST(? AS DATE), ?, ?, current_timestamp)")) {
                ps.setLong(1, id);
                ps.setLong(2, item.id());
                ps.setString(3, notedOn.toString());
                ps.setString(4, text.strip());
                ps.setString(5, actor);
                ps.executeUpdate();
            }
            PlanNote note = new PlanNote(id, item.id(), notedOn, text.strip(), actor);
            AuditLog.record(c, actor, "plan.note", "plan_note", String.valueOf(id), item.agencyId(), null, note.describe());
            return note;
        });
    }

    /** Notes of the given items, oldest first, by item. */
    public Map<Long, List<PlanNote>> notes(List<PlanItem> items) throws SQLException {
        Set<Long> wanted = new HashSet<>();
        items.forEach(i -> wanted.add(i.id()));
        Map<Long, List<PlanNote>> out = new HashMap<>();
        if (wanted.isEmpty()) {
            return out;
        }
        String agency = items.get(0).agencyId();
        store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT n.note_id, n.plan_id, CAST(n.noted_on AS VARCHAR), n.text, n.author "
                    + "FROM plan_note n JOIN plan_item p USING (plan_id) WHERE p.agency_id = ? ORDER BY n.noted_on, n.note_id")) {
                ps.setString(1, agency);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (wanted.contains(rs.getLong(2))) {
                            out.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new PlanNote(rs.getLong(1), rs.getLong(2),
                                    LocalDate.parse(rs.getString(3)), rs.getString(4), rs.getString(5)));
                        }
                    }
                }
            }
            return null;
        });
        return out;
    }

    /** Codes that a live (not dropped) item of each agency links, for one analysed year: the coverage view. */
    public Map<String, Set<String>> plannedCodes(int baseYear) throws SQLException {
        return store.read(c -> {
            Map<String, Set<String>> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT agency_id, questions FROM plan_item WHERE base_year = ? AND status <> ?")) {
                ps.setInt(1, baseYear);
                ps.setString(2, PlanStatus.DROPPED.code());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).addAll(split(rs.getString(2), ","));
                    }
                }
            }
            return out;
        });
    }

    /** Number of live (not dropped) items of each agency, for one analysed year. */
    public Map<String, Integer> liveCounts(int baseYear) throws SQLException {
        return store.read(c -> {
            Map<String, Integer> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT agency_id, count(*) FROM plan_item WHERE base_year = ? AND status <> ? "
                    + "GROUP BY agency_id")) {
                ps.setInt(1, baseYear);
                ps.setString(2, PlanStatus.DROPPED.code());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
            return out;
        });
    }

    private static int bindDraft(PreparedStatement ps, int at, PlanDraft d) throws SQLException {
        ps.setString(at, d.title());
        ps.setString(at + 1, String.join(",", d.questions()));
        ps.setString(at + 2, d.approach());
        ps.setString(at + 3, d.responsible());
        ps.setString(at + 4, d.steps());
        ps.setString(at + 5, d.start() == null ? null : d.start().toString());
        ps.setString(at + 6, d.end() == null ? null : d.end().toString());
        if (d.targetScore() == null) {
            ps.setNull(at + 7, Types.DOUBLE);
        } else {
            ps.setDouble(at + 7, d.targetScore());
        }
        ps.setString(at + 8, d.status().code());
        ps.setString(at + 9, d.outcome());
        ps.setString(at + 10, String.join("\n", d.evidence()));
        return at + 11;
    }

    private static List<PlanItem> query(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<PlanItem> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Double target = rs.getObject(14) == null ? null : rs.getDouble(14);
                    PlanDraft d = new PlanDraft(rs.getString(7), split(rs.getString(8), ","), rs.getString(9), rs.getString(10),
                            rs.getString(11), date(rs.getString(12)), date(rs.getString(13)), target,
                            PlanStatus.parse(rs.getString(15)).orElse(PlanStatus.PLANNED), rs.getString(16), split(rs.getString(17), "\n"));
                    out.add(new PlanItem(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), d, rs.getInt(18), rs.getString(19), rs.getString(20)));
                }
            }
            return out;
        }
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static List<String> split(String s, String sep) {
        List<String> out = new ArrayList<>();
        if (s != null) {
            for (String part : s.split(sep)) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }
}
