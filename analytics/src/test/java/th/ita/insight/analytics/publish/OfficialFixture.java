package th.ita.insight.analytics.publish;

import th.ita.insight.catalog.Catalogs;
import th.ita.insight.measures.MeasureCatalog;
import th.ita.insight.store.AtomicPublisher;

import java.nio.file.Path;
import java.sql.Statement;

/**
 * A small published database without Spark: the real catalogs and measures, one อบต. with its
 * official FY2566 scores (นาทอน's tool scores) and FY2566 peer medians for two questions.
 */
public final class OfficialFixture {
    public static final String AGENCY = "sao-91-nathon";

    private OfficialFixture() {
    }

    public static Path publish(Path db) throws Exception {
        AtomicPublisher.publish(db, "fixture", c -> {
            CatalogTables.insert(c, Catalogs.bundled());
            MeasureTable.insert(c, MeasureCatalog.bundled(), Catalogs.bundled());
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO agency VALUES ('" + AGENCY + "', 'องค์การบริหารส่วนตำบลนาทอน', 'อบต.', 'sao', "
                        + "'สตูล', 'Satun', 'south', 2566, 2566)");
                st.execute("INSERT INTO score_tool VALUES ('" + AGENCY + "', 2566, 'IIT', 98.45, 'computed', 98.45, NULL, NULL, NULL),"
                        + "('" + AGENCY + "', 2566, 'EIT', 91.47, 'computed', 91.47, NULL, NULL, NULL),"
                        + "('" + AGENCY + "', 2566, 'OIT', 100.0, 'computed', 100.0, NULL, NULL, NULL)");
                st.execute("INSERT INTO score_total (agency_id, fiscal_year, total, origin, computed_total, grade, grade_th, "
                        + "grade_en, pass, grade_basis, iit, eit, oit) VALUES ('" + AGENCY + "', 2566, 96.98, 'computed', "
                        + "96.98, 'GOOD', 'ผ่านดี', 'Good', true, 'tools', 98.45, 91.47, 100.0)");
                st.execute("INSERT INTO peer_stats VALUES (2566, 'type', 'sao', 'question', 'i1', 100, 90, 80, 85, 90, 95, 98),"
                        + "(2566, 'type', 'sao', 'question', 'i11', 100, 90, 80, 85, 90, 95, 98)");
                st.execute("INSERT INTO run_info VALUES ('fixture', now(), now(), 'fixture', 0, 0, 0, 0, '2566', 'test')");
            }
        });
        return db;
    }
}
