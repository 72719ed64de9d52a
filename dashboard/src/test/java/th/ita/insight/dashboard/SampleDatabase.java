package th.ita.insight.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/** The database the real batch published from the bundled sample (written by the analytics tests). */
final class SampleDatabase {
    static final Path FILE = Path.of("../analytics/target/fixtures/sample.duckdb");

    private SampleDatabase() {
    }

    static Path require() {
        if (!Files.isRegularFile(FILE)) {
            fail(FILE + " is missing: run the whole build (mvn -B verify from the project root); "
                    + "the analytics tests publish the sample database these tests read");
        }
        return FILE;
    }
}
