package th.ita.insight.dashboard;

import th.ita.insight.store.AtomicPublisher;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;

/** Publishes small real DuckDB files through the same atomic publisher the batch uses. */
final class TestDatabases {
    private TestDatabases() {
    }

    /** Two agencies; นาทอน's FY2566 total is {@code nathonTotal}; one agency has no total. */
    static void publish(Path db, String runId, double nathonTotal) throws Exception {
        AtomicPublisher.publish(db, runId, c -> {
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO agency VALUES "
                        + "('sao-91-aaaa', 'องค์การบริหารส่วนตำบลนาทอน', 'อบต.', 'sao', 'สตูล', 'Satun', 'south', 2565, 2566),"
                        + "('sao-16-bbbb', 'องค์การบริหารส่วนตำบลนาโสม', 'อบต.', 'sao', 'ลพบุรี', 'Lop Buri', 'central', 2566, 2566),"
                        + "('dept-00-cccc', 'กรม<script>alert(1)</script>', 'กรม', 'department', NULL, NULL, NULL, 2566, 2566)");
                st.execute("INSERT INTO score_total (agency_id, fiscal_year, total, origin, grade, grade_th, grade_en, "
                        + "pass, grade_basis, iit, eit, oit, published_label) VALUES "
                        + "('sao-91-aaaa', 2565, 91.20, 'computed', 'A', 'A', 'A', true, 'tools', 92, 90, 91.5, NULL),"
                        + "('sao-16-bbbb', 2566, 95.15, 'published', 'GOOD', 'ผ่านดี', 'Good', true, 'tools', 99.84, 94, 92.5, 'A')");
                st.execute("INSERT INTO run_info VALUES ('" + runId + "', now(), now(), 'test', 1, 1, 0, 1, 'v', 'test')");
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO score_total (agency_id, fiscal_year, total, origin, grade, grade_th, grade_en, pass, "
                            + "grade_basis, iit, eit, oit) VALUES ('sao-91-aaaa', 2566, ?, 'computed', 'GOOD', 'ผ่านดี', "
                            + "'Good', true, 'tools', 98.45, 91.47, 100)")) {
                ps.setDouble(1, nathonTotal);
                ps.executeUpdate();
            }
        });
    }
}
