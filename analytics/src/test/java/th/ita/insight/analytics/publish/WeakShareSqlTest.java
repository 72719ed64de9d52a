package th.ita.insight.analytics.publish;

import org.junit.jupiter.api.Test;
import th.ita.insight.store.DuckDbStore;
import th.ita.insight.store.Schema;
import th.ita.insight.store.SqlScripts;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The publish's weak_share SQL on a hand-made database: counts per group, and shares rounded as documented. */
class WeakShareSqlTest {

    @Test
    void counts_weak_agencies_per_group_and_rounds_a_tie_to_the_even_tenth() throws Exception {
        try (Connection c = DuckDbStore.openInMemory(); Statement st = c.createStatement()) {
            Schema.create(c);
            // Three อบต. of สตูล (south) weak on i1 in 2566 (one of them twice: two rules), one ทต. of ตรัง
            // (south) weak on i1, and an agency without a province weak on i2.
            st.execute("""
                    INSERT INTO agency VALUES
                      ('a1', 'อบต.ก', 'อบต.', 'sao', 'สตูล', 'Satun', 'south', 2566, 2566),
                      ('a2', 'อบต.ข', 'อบต.', 'sao', 'สตูล', 'Satun', 'south', 2566, 2566),
                      ('a3', 'อบต.ค', 'อบต.', 'sao', 'สตูล', 'Satun', 'south', 2566, 2566),
                      ('a4', 'ทต.ง', 'ทต.', 'subdistrict-municipality', 'ตรัง', 'Trang', 'south', 2566, 2566),
                      ('d1', 'กรม', 'กรม', 'department', NULL, NULL, NULL, 2566, 2566)""");
            for (String w : List.of("a1,i1", "a1,i1", "a2,i1", "a3,i1", "a4,i1", "d1,i2")) {
                String[] p = w.split(",");
                st.execute("INSERT INTO weak_item VALUES ('" + p[0] + "', 2566, 'item', '" + p[1] + "', 'IIT', 1, 80, 90, 5, "
                        + "'below_threshold', 1, 'improve', 'ต่ำ', 'low')");
            }
            st.execute("INSERT INTO weak_item VALUES ('a1', 2566, 'indicator', '1', 'IIT', 1, 80, 90, 5, "
                    + "'below_threshold', 1, 'improve', 'ต่ำ', 'low')"); // an indicator: not counted
            // n scored per group (the peer statistics' n): 3 weak of 16 = 18.75 % and 1 of 16 = 6.25 % (ties),
            // 4 of 6 = 66.666… %, 1 of 3 = 33.333… %.
            st.execute("""
                    INSERT INTO peer_stats VALUES
                      (2566, 'type', 'sao', 'question', 'i1', 16, 90, 80, 85, 90, 95, 99),
                      (2566, 'province', 'สตูล', 'question', 'i1', 16, 90, 80, 85, 90, 95, 99),
                      (2566, 'province', 'ตรัง', 'question', 'i1', 16, 90, 80, 85, 90, 95, 99),
                      (2566, 'type', 'subdistrict-municipality', 'question', 'i1', 16, 90, 80, 85, 90, 95, 99),
                      (2566, 'region', 'south', 'question', 'i1', 6, 90, 80, 85, 90, 95, 99),
                      (2566, 'national', 'all', 'question', 'i1', 6, 90, 80, 85, 90, 95, 99),
                      (2566, 'national', 'all', 'question', 'i2', 3, 90, 80, 85, 90, 95, 99),
                      (2566, 'type', 'department', 'question', 'i2', 3, 90, 80, 85, 90, 95, 99),
                      (2566, 'type', 'sao', 'indicator', '1', 16, 90, 80, 85, 90, 95, 99)""");

            st.execute(SqlScripts.read("publish/weak_share.sql"));

            assertEquals(List.of(
                    "national all i1 4/6 66.7",
                    "national all i2 1/3 33.3",
                    "province ตรัง i1 1/16 6.2",
                    "province สตูล i1 3/16 18.8",
                    "region south i1 4/6 66.7",
                    "type department i2 1/3 33.3",
                    "type sao i1 3/16 18.8",
                    "type subdistrict-municipality i1 1/16 6.2"), rows(st));
        }
    }

    private static List<String> rows(Statement st) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT peer_group, group_key, key, n_weak, n_agencies, share FROM weak_share "
                + "ORDER BY peer_group, group_key, key")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getLong(4) + "/"
                        + rs.getLong(5) + " " + rs.getDouble(6));
            }
        }
        return rows;
    }
}
