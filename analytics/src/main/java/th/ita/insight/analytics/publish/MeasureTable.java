package th.ita.insight.analytics.publish;

import th.ita.insight.measures.Measure;
import th.ita.insight.measures.MeasureCatalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Copies the measures catalog into the published database. */
final class MeasureTable {
    private MeasureTable() {
    }

    static void insert(Connection c, MeasureCatalog catalog) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO measure VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Measure m : catalog.measures()) {
                ps.setString(1, m.id());
                ps.setString(2, m.theme().id());
                ps.setInt(3, m.theme().number());
                ps.setString(4, m.theme().titleTh());
                ps.setString(5, m.theme().titleEn());
                ps.setString(6, m.titleTh());
                ps.setString(7, m.titleEn());
                ps.setString(8, m.howTh());
                ps.setString(9, m.howEn());
                ps.setString(10, String.join(",", m.questions()));
                ps.setString(11, String.join(",", m.oitRefs()));
                ps.setString(12, m.responsibleTh());
                ps.setString(13, m.responsibleEn());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
