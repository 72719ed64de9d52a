package th.ita.insight.analytics.survey;

import th.ita.insight.analytics.BatchCli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
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

    /** The published file read back as golden lines (one query helper for all analytics tests). */
    static List<String> query(Path db, String sql) throws Exception {
        return th.ita.insight.analytics.Duck.query(db, sql);
    }
}
