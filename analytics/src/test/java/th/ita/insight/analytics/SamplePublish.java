package th.ita.insight.analytics;

import th.ita.insight.ingest.SparkSessions;
import th.ita.insight.ingest.store.CanonicalStore;
import th.ita.insight.text.Language;

import java.nio.file.Path;
import java.util.List;

/**
 * The bundled sample published once per test JVM by the real batch, left untouched by the tests: the
 * analytics assertions read it, and so do the dashboard's tests (which have no Spark).
 */
final class SamplePublish {
    static final Path DB = Path.of("target/fixtures/sample.duckdb").toAbsolutePath();
    private static boolean done;

    private SamplePublish() {
    }

    static synchronized Path pristine() throws Exception {
        if (!done) {
            CanonicalStore.deleteTree(RunOptions.defaultStore(DB));
            new BatchRun(SparkSessions.create("ita-tests", "local[2]", 2)).run(new RunOptions(List.of(Path.of("../data/sample")),
                    DB, RunOptions.defaultStore(DB), RunOptions.defaultRejects(DB), null, true, Language.EN, "local[2]", 2));
            done = true;
        }
        return DB;
    }
}
