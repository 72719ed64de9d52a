package th.ita.insight.analytics.publish;

import th.ita.insight.catalog.CatalogItem;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.catalog.GradeBand;
import th.ita.insight.catalog.Indicator;
import th.ita.insight.catalog.Tool;
import th.ita.insight.catalog.YearCatalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;

/** Copies the catalogs into the published database, so the dashboard explains scores without the data module's files. */
final class CatalogTables {
    private CatalogTables() {
    }

    static void insert(Connection c, Catalogs catalogs) throws SQLException {
        try (PreparedStatement year = c.prepareStatement("INSERT INTO catalog_year VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement tool = c.prepareStatement("INSERT INTO catalog_tool VALUES (?, ?, ?, ?, ?)");
             PreparedStatement indicator = c.prepareStatement("INSERT INTO catalog_indicator VALUES (?, ?, ?, ?, ?)");
             PreparedStatement item = c.prepareStatement(
                     "INSERT INTO catalog_question VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement band = c.prepareStatement(
                     "INSERT INTO catalog_grade_band VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (YearCatalog cat : catalogs.all()) {
                int fy = cat.fiscalYear();
                year.setInt(1, fy);
                setNullableInt(year, 2, cat.previousYear());
                year.setString(3, cat.framework().name().toLowerCase(Locale.ROOT));
                year.setBoolean(4, cat.methodBreak());
                year.setString(5, cat.methodBreakNoteTh());
                year.setString(6, cat.methodBreakNoteEn());
                year.setString(7, cat.status());
                year.setString(8, cat.notesTh());
                year.setString(9, cat.notesEn());
                year.addBatch();
                for (Tool t : cat.weights().keySet()) {
                    tool.setInt(1, fy);
                    tool.setString(2, t.name());
                    tool.setString(3, t.nameTh());
                    tool.setString(4, t.nameEn());
                    tool.setDouble(5, cat.weight(t));
                    tool.addBatch();
                }
                for (Indicator i : cat.indicators()) {
                    indicator.setInt(1, fy);
                    indicator.setInt(2, i.number());
                    indicator.setString(3, i.tool().name());
                    indicator.setString(4, i.nameTh());
                    indicator.setString(5, i.nameEn());
                    indicator.addBatch();
                }
                for (CatalogItem q : cat.items()) {
                    item.setInt(1, fy);
                    item.setString(2, q.code());
                    item.setString(3, q.tool().name());
                    item.setInt(4, q.indicator());
                    item.setString(5, q.subIndicator());
                    item.setString(6, q.subIndicatorTh());
                    item.setString(7, q.textTh());
                    item.setString(8, q.textEn());
                    item.setString(9, q.scale().name().toLowerCase(Locale.ROOT));
                    item.setString(10, q.direction().name().toLowerCase(Locale.ROOT));
                    item.setBoolean(11, q.textConfirmed());
                    item.setString(12, q.comparableTo());
                    item.setDouble(13, q.weight());
                    item.addBatch();
                }
                int priority = 1;
                for (GradeBand b : cat.gradeBands()) {
                    band.setInt(1, fy);
                    band.setInt(2, priority++);
                    band.setString(3, b.code());
                    band.setString(4, b.labelTh());
                    band.setString(5, b.labelEn());
                    band.setDouble(6, b.min());
                    band.setDouble(7, b.max());
                    if (b.minEachTool() == null) {
                        band.setNull(8, Types.DOUBLE);
                    } else {
                        band.setDouble(8, b.minEachTool());
                    }
                    band.setBoolean(9, b.pass());
                    band.addBatch();
                }
            }
            year.executeBatch();
            tool.executeBatch();
            indicator.executeBatch();
            item.executeBatch();
            band.executeBatch();
        }
    }

    private static void setNullableInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }
}
