package th.ita.insight.dashboard.agency;

import th.ita.insight.dashboard.PublishedDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads agencies and their latest totals from the published database. */
public final class AgencyRepository {
    private static final String LATEST = """
            SELECT a.agency_id, a.name_th, a.agency_type, a.province, t.fiscal_year, t.total, t.origin, t.grade,
                   t.grade_th, t.grade_en, t.published_label
            FROM agency a
            LEFT JOIN (SELECT * FROM score_total
                       QUALIFY row_number() OVER (PARTITION BY agency_id ORDER BY fiscal_year DESC) = 1) t
                   USING (agency_id)
            ORDER BY a.province NULLS LAST, a.name_th, a.agency_id""";

    private final PublishedDatabase db;

    public AgencyRepository(PublishedDatabase db) {
        this.db = db;
    }

    public List<AgencyLatest> latest() throws SQLException {
        List<AgencyLatest> out = new ArrayList<>();
        try (Connection c = db.borrow(); PreparedStatement ps = c.prepareStatement(LATEST);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new AgencyLatest(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Integer) rs.getObject(5), (Double) rs.getObject(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11)));
            }
        }
        return out;
    }

    /** The run that produced the file being served: id and finish time (UTC). */
    public String[] runInfo() throws SQLException {
        try (Connection c = db.borrow(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT run_id, strftime(finished_at, '%Y-%m-%d %H:%M') FROM run_info")) {
            return rs.next() ? new String[]{rs.getString(1), rs.getString(2)} : new String[]{"", ""};
        }
    }
}
