package th.ita.insight.ingest.corpus;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import th.ita.insight.ingest.IngestJob;
import th.ita.insight.ingest.IngestResult;
import th.ita.insight.ingest.SharedSpark;
import th.ita.insight.ingest.read.UnreadableInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bad-input corpus (corpus/expected.csv, docs/reliability.md): every broken input runs through the
 * real reader, validator and Spark ingest, and must give exactly its expected outcome — the one-line
 * error of an unreadable file, or the listed rejects (line, column, reason) with every other row loaded.
 */
@Tag("reliability")
class CorpusTest {
    private static final String MANIFEST = "/corpus/expected.csv";
    private static final java.util.concurrent.atomic.AtomicInteger TRIED = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger PASSED = new java.util.concurrent.atomic.AtomicInteger();
    private final IngestJob job = new IngestJob(SharedSpark.get());

    /** One line of the manifest. */
    record Case(String file, boolean generated, int exit, long loaded, List<String> rejects, String error) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<Case> cases() throws IOException {
        try (InputStream in = Objects.requireNonNull(CorpusTest.class.getResourceAsStream(MANIFEST));
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setCommentMarker('#').get().parse(reader).getRecords();
            return records.stream().map(r -> new Case(r.get("file"), r.get("source").equals("generated"),
                    Integer.parseInt(r.get("exit")), r.get("loaded").isEmpty() ? 0 : Long.parseLong(r.get("loaded")),
                    r.get("rejects").isBlank() ? List.of() : Arrays.stream(r.get("rejects").split(";"))
                            .map(String::strip).sorted().toList(),
                    r.get("error"))).toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void each_broken_input_gives_exactly_its_expected_outcome(Case c, @TempDir Path dir) throws Exception {
        TRIED.incrementAndGet();
        check(c, dir);
        PASSED.incrementAndGet();
    }

    /** For ./ita reliability's summary: inputs tried and passed (docs/reliability.md). */
    @AfterAll
    static void writeCounts() throws IOException {
        ReliabilityCounts.write("corpus", java.util.Map.of("inputs_tried", TRIED.get(), "inputs_passed", PASSED.get()));
    }

    private void check(Case c, Path dir) throws Exception {
        Path file = c.generated() ? GeneratedInputs.write(c.file(), dir) : committed(c.file(), dir);

        if (Boolean.getBoolean("corpus.print")) {
            try {
                job.run(List.of(file), null);
            } catch (UnreadableInputException e) {
                System.out.println("ACTUAL " + c.file() + ",2,,," + e.getMessage());
                return;
            }
        }
        if (c.exit() == 2) {
            UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> job.run(List.of(file), null));
            assertTrue(e.getMessage().contains(c.file() + ": " + c.error()), e.getMessage());
            assertTrue(e.getMessage().lines().count() == 1 && e.getMessage().length() < 600,
                    "one short line, not a dump: " + e.getMessage().length() + " chars");
            return;
        }
        IngestResult r = job.run(List.of(file), null);
        List<String> rejects = r.rejects().collectAsList().stream()
                .map(row -> row.<Long>getAs("source_line") + ":" + row.getAs("column") + ":" + row.getAs("reason"))
                .sorted().collect(Collectors.toList());
        long loaded = r.scores().count();
        int exit = rejects.isEmpty() ? 0 : 3;
        if (Boolean.getBoolean("corpus.print")) {
            System.out.println("ACTUAL " + c.file() + "," + exit + "," + loaded + ",\"" + String.join(";", rejects) + "\"");
        }
        assertEquals(c.rejects(), rejects, "rejects");
        assertEquals(c.loaded(), loaded, "rows loaded");
        assertEquals(c.exit(), exit, "exit code");
        // Nothing lost: every data row the reader saw either loaded, was rejected, or was an identical duplicate.
        long linesAccounted = r.scores().select("source_line").union(r.rejects().select("source_line")).distinct().count();
        assertTrue(r.rowsIn() <= linesAccounted + r.duplicatesCollapsed(),
                r.rowsIn() + " rows read but only " + linesAccounted + " lines loaded or rejected");
    }

    /** Copies a committed case out of the classpath so its file name (in messages) is the case name. */
    private static Path committed(String name, Path dir) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = Objects.requireNonNull(CorpusTest.class.getResourceAsStream("/corpus/" + name), name)) {
            Files.copy(in, file);
        }
        return file;
    }
}
