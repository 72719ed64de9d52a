package th.ita.insight.dashboard.planner;

import th.ita.insight.store.DuckDbStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a file is a plans file this dashboard can open — a DuckDB file with the planner's
 * tables at a schema version it knows, every row readable — before a restore puts it in place.
 */
public final class PlansFile {
    private static final List<String> TABLES = List.of("plans_schema", "app_user", "plan_item", "plan_note", "audit_log");

    /** What a readable plans file holds. */
    public record Summary(int version, long accounts, long items, long notes, long auditRows) {
        public String describe() {
            return accounts + " accounts, " + items + " plan items, " + notes + " notes, " + auditRows + " audit rows (schema v" + version + ")";
        }
    }

    /** A plans file operation refused, with the reason in Thai and English. */
    public static final class Refused extends Exception {
        private final String th;

        public Refused(String th, String en) {
            super(en);
            this.th = th;
        }

        public String th() {
            return th;
        }
    }

    private PlansFile() {
    }

    /** The refusal for a file a running dashboard holds (DuckDB lets one process write a file), with what to do instead. */
    static Refused held(Path file, String pid, String doTh, String doEn) {
        return new Refused("ไฟล์แผน " + file.toAbsolutePath() + " ถูกเซิร์ฟเวอร์ที่กำลังทำงานเปิดอยู่ (PID " + pid + "): " + doTh,
                "the plans file " + file.toAbsolutePath() + " is held by a running dashboard (PID " + pid + "): " + doEn);
    }

    /** Reads the whole file read-only; refuses anything that is not a plans file of a known version. */
    public static Summary inspect(Path file) throws Refused {
        if (!Files.isRegularFile(file)) {
            throw new Refused("ไม่พบไฟล์ " + file, "no such file: " + file);
        }
        try (Connection c = DuckDbStore.openReadOnly(file); Statement st = c.createStatement()) {
            Set<String> present = new HashSet<>();
            try (ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables")) {
                while (rs.next()) {
                    present.add(rs.getString(1));
                }
            }
            for (String t : TABLES) {
                if (!present.contains(t)) {
                    throw new Refused(file + " ไม่ใช่ไฟล์แผนของ ITA Insight (ไม่มีตาราง " + t + ")",
                            file + " is not an ITA Insight plans file (it has no table " + t + ")");
                }
            }
            int version = PlanStore.version(c);
            if (version < 1 || version > PlanSchema.VERSION) {
                throw new Refused(file + " เป็นไฟล์แผนรุ่น " + version + " ซึ่งโปรแกรมนี้ (รุ่น " + PlanSchema.VERSION + ") อ่านไม่ได้",
                        file + " has plans schema version " + version + ", which this dashboard (version " + PlanSchema.VERSION
                                + ") cannot read");
            }
            return new Summary(version, rows(st, "app_user"), rows(st, "plan_item"), rows(st, "plan_note"), rows(st, "audit_log"));
        } catch (SQLException e) {
            String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new Refused("อ่านไฟล์ " + file + " ไม่ได้: ไม่ใช่ไฟล์ DuckDB หรือไฟล์เสียหาย (" + why + ")",
                    "cannot read " + file + ": not a DuckDB file, or damaged (" + why + ")");
        }
    }

    /** Counts a table's rows by reading every value, so a damaged block is found now rather than after a restore. */
    private static long rows(Statement st, String table) throws SQLException {
        long n = 0;
        try (ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
                n++;
            }
        }
        return n;
    }
}
