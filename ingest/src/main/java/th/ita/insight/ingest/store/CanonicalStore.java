package th.ita.insight.ingest.store;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import th.ita.insight.ingest.CanonicalRows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;

/**
 * The canonical rows of every run so far, as Parquet partitioned by fiscal year. Each run writes a new
 * version directory and, once its database is published, moves the {@code CURRENT} pointer to it in one
 * atomic rename, so a run that dies leaves the previous version in force. A run replaces exactly the agency-years its inputs
 * contain, level by level (a file of published totals does not wipe the question scores of the same
 * agency-year, and a corrected question file replaces all its question scores), and keeps all others.
 */
public final class CanonicalStore {
    private static final String POINTER = "CURRENT";
    private static final String VERSION_PREFIX = "v-";

    private final Path root;

    public CanonicalStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The version directory in force, if any run has completed. */
    public Optional<Path> current() throws IOException {
        Path pointer = root.resolve(POINTER);
        if (!Files.exists(pointer)) {
            return Optional.empty();
        }
        Path version = root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip());
        return Files.isDirectory(version) ? Optional.of(version) : Optional.empty();
    }

    public Dataset<Row> read(SparkSession spark, Path version) {
        return spark.read().schema(CanonicalRows.CANONICAL).parquet(version.toString())
                .select(columnsInOrder());
    }

    /**
     * The rows in force after this run: the stored ones minus the agency-year-levels {@code replaced}
     * (agency_id, fiscal_year, level, each once: those of {@code incoming}, known without reading it), plus
     * {@code incoming}.
     */
    public Dataset<Row> merge(SparkSession spark, Dataset<Row> incoming, Dataset<Row> replaced, boolean fresh)
            throws IOException {
        Optional<Path> current = fresh ? Optional.empty() : current();
        if (current.isEmpty()) {
            return incoming;
        }
        List<String> key = List.of("agency_id", "fiscal_year", "level");
        Dataset<Row> kept = read(spark, current.get())
                .join(replaced, scala.jdk.javaapi.CollectionConverters.asScala(key).toSeq(), "left_anti");
        return kept.select(columnsInOrder()).unionByName(incoming.select(columnsInOrder()));
    }

    /** Writes a new version directory (not yet in force). */
    public Path write(Dataset<Row> rows, String runId) throws IOException {
        Files.createDirectories(root);
        Path version = root.resolve(VERSION_PREFIX + runId);
        // Sorted where the rows are, not shuffled by year first: each task writes one file per year it holds,
        // which costs a file or two more per year and saves moving every row across the shuffle.
        rows.sortWithinPartitions("fiscal_year", "agency_id", "tool", "indicator", "question")
                .write().partitionBy("fiscal_year").parquet(version.toString());
        return version;
    }

    /**
     * Puts in force the version a publish was built from, if the pointer names another one: a batch
     * killed between renaming its database into place and moving this pointer left the two apart, and
     * the next run must build on what is published. Only a complete version (Spark's _SUCCESS) is taken.
     *
     * @return whether the pointer moved
     */
    public boolean adopt(String publishedRunId) throws IOException {
        Path version = root.resolve(VERSION_PREFIX + publishedRunId);
        if (!Files.isRegularFile(version.resolve("_SUCCESS")) || version.equals(current().orElse(null))) {
            return false;
        }
        switchTo(version);
        return true;
    }

    /** Puts a version in force atomically; returns the one it replaced, so a failed publish can go back. */
    public Optional<Path> switchTo(Path version) throws IOException {
        Optional<Path> previous = current();
        Path tmp = root.resolve(POINTER + ".tmp");
        Files.writeString(tmp, version.getFileName().toString() + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, root.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return previous;
    }

    /** Deletes versions other than the current one and {@code keep} (the one before it, for going back). */
    public void pruneExcept(Optional<Path> keep) throws IOException {
        Optional<Path> current = current();
        try (Stream<Path> versions = Files.list(root)) {
            for (Path v : versions.filter(p -> p.getFileName().toString().startsWith(VERSION_PREFIX)).toList()) {
                if (!v.equals(current.orElse(null)) && !v.equals(keep.orElse(null))) {
                    deleteTree(v);
                }
            }
        }
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static org.apache.spark.sql.Column[] columnsInOrder() {
        String[] names = CanonicalRows.CANONICAL.fieldNames();
        org.apache.spark.sql.Column[] columns = new org.apache.spark.sql.Column[names.length];
        for (int i = 0; i < names.length; i++) {
            columns[i] = col(names[i]);
        }
        return columns;
    }
}
