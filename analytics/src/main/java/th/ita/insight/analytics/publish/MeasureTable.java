package th.ita.insight.analytics.publish;

import th.ita.insight.catalog.CatalogItem;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.catalog.YearCatalog;
import th.ita.insight.measures.Measure;
import th.ita.insight.measures.MeasureCatalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Copies the measures catalog into the published database, with the OIT items each measure cites in each
 * catalog year (measure_oit): pages, documents and the planner read a year's codes and titles from there.
 */
final class MeasureTable {
    private MeasureTable() {
    }

    static void insert(Connection c, MeasureCatalog catalog, Catalogs catalogs) throws SQLException {
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
                ps.setString(11, String.join(",", m.oitTopics()));
                ps.setString(12, m.responsibleTh());
                ps.setString(13, m.responsibleEn());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO measure_oit VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (YearCatalog year : catalogs.all()) {
                for (Measure m : catalog.measures()) {
                    int position = 0;
                    for (String code : catalog.oitRefsIn(m, year)) {
                        CatalogItem item = year.item(code).orElseThrow();
                        ps.setString(1, m.id());
                        ps.setInt(2, year.fiscalYear());
                        ps.setInt(3, position++);
                        ps.setString(4, code);
                        ps.setString(5, m.oitTopics().stream().filter(item.topics()::contains).findFirst().orElseThrow());
                        ps.setString(6, item.textTh());
                        ps.setString(7, item.textEn());
                        ps.addBatch();
                    }
                }
            }
            ps.executeBatch();
        }
    }
}
