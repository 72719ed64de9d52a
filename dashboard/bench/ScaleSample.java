import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Benchmark helper: copies a published database and multiplies the agencies of one fiscal year
 * (agency, score_total, peer_rank, weak_item and a marker row of score_question per copy) so exports
 * can be tried at national size. Not a realistic data set: copies share their source's numbers.
 * Usage: java -cp 'dashboard/target/lib/*' dashboard/bench/ScaleSample.java SOURCE.duckdb TARGET.duckdb COPIES YEAR
 */
public class ScaleSample {
    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        int copies = Integer.parseInt(args[2]);
        int year = Integer.parseInt(args[3]);
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + target); Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE k AS SELECT range AS i FROM range(1, " + copies + ")");
            st.execute("CREATE TEMP TABLE ids AS SELECT DISTINCT agency_id FROM peer_rank WHERE fiscal_year = " + year
                    + " AND peer_group = 'national'");
            st.execute("INSERT INTO agency SELECT a.agency_id || '-x' || k.i, a.name_th || ' (สำเนา ' || k.i || ')', "
                    + "a.* EXCLUDE (agency_id, name_th) FROM agency a JOIN ids USING (agency_id), k");
            st.execute("INSERT INTO score_total SELECT t.agency_id || '-x' || k.i, t.* EXCLUDE (agency_id) "
                    + "FROM score_total t JOIN ids USING (agency_id), k WHERE t.fiscal_year = " + year);
            st.execute("INSERT INTO score_question SELECT q.agency_id || '-x' || k.i, q.* EXCLUDE (agency_id) "
                    + "FROM score_question q JOIN ids USING (agency_id), k WHERE q.fiscal_year = " + year);
            st.execute("INSERT INTO weak_item SELECT w.agency_id || '-x' || k.i, w.* EXCLUDE (agency_id) "
                    + "FROM weak_item w JOIN ids USING (agency_id), k WHERE w.fiscal_year = " + year);
            st.execute("INSERT INTO peer_rank SELECT r.agency_id || '-x' || k.i, r.* EXCLUDE (agency_id) "
                    + "FROM peer_rank r JOIN ids USING (agency_id), k WHERE r.fiscal_year = " + year);
            try (var rs = st.executeQuery("SELECT count(DISTINCT agency_id) FROM peer_rank WHERE fiscal_year = " + year
                    + " AND peer_group = 'national'")) {
                rs.next();
                System.out.println("agencies in the national group FY" + year + ": " + rs.getLong(1));
            }
        }
    }
}
