package th.ita.insight.analytics.survey;

import th.ita.insight.analytics.BatchCli;
import th.ita.insight.store.DuckDbStore;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code ita survey …} in-process as the launcher does, and reads the published file back as golden lines. */
final class SurveyCli {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "survey";
        System.arraycopy(args, 0, full, 1, args.length);
        return BatchCli.execute(full, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    static List<String> query(Path db, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DuckDbStore.openReadOnly(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    sb.append(i > 1 ? " " : "").append(rs.getString(i));
                }
                rows.add(sb.toString());
            }
        }
        return rows;
    }
}
