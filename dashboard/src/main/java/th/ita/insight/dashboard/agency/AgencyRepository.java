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
    /**
     * Every agency with its latest total, filtered by a search term (empty = all) that matches Thai
     * names, partial names, ids and Thai or English province names; params: the term five times.
     */
    static final String LATEST_MATCHING = """
            SELECT a.agency_id, a.name_th, a.agency_type, a.province, a.province_en, a.region,
                   t.fiscal_year, t.total, t.origin, t.grade, t.grade_th, t.grade_en, t.published_label,
                   t.iit, t.eit, t.oit
            FROM agency a
            LEFT JOIN (SELECT * FROM score_total
                       QUALIFY row_number() OVER (PARTITION BY agency_id ORDER BY fiscal_year DESC) = 1) t
                   USING (agency_id)
            WHERE ? = '' OR contains(lower(a.name_th), lower(?)) OR contains(lower(a.agency_id), lower(?))
                  OR contains(coalesce(a.province, ''), ?) OR contains(lower(coalesce(a.province_en, '')), lower(?))
            ORDER BY a.province NULLS LAST, a.name_th, a.agency_id""";

    private final PublishedDatabase db;

    public AgencyRepository(PublishedDatabase db) {
        this.db = db;
    }

    public List<AgencyLatest> latest() throws SQLException {
        List<AgencyLatest> out = new ArrayList<>();
        try (Connection c = db.borrow(); PreparedStatement ps = c.prepareStatement(LATEST_MATCHING)) {
            for (int i = 1; i <= 5; i++) {
                ps.setString(i, "");
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AgencyLatest(rs.getString("agency_id"), rs.getString("name_th"), rs.getString("agency_type"),
                            rs.getString("province"), (Integer) rs.getObject("fiscal_year"), (Double) rs.getObject("total"),
                            rs.getString("origin"), rs.getString("grade"), rs.getString("grade_th"), rs.getString("grade_en"),
                            rs.getString("published_label"), (Double) rs.getObject("iit"), (Double) rs.getObject("eit"),
                            (Double) rs.getObject("oit")));
                }
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
