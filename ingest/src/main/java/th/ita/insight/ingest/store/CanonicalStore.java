package th.ita.insight.ingest.store;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import th.ita.insight.ingest.CanonicalRows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The canonical rows of every run so far, as Parquet partitioned by fiscal year, with how they name their
 * agency kept once per agency-year, level, file and spelling beside them ({@value #SPELLINGS}/, not on each of
 * ~5 M national scores: writing those names cost a third of the store's write). Each run writes a new
 * version directory and, once its database is published, moves the {@code CURRENT} pointer to it in one
 * atomic rename, so a run that dies leaves the previous version in force. A run replaces exactly the agency-years its inputs
 * contain, level by level (a file of published totals does not wipe the question scores of the same
 * agency-year, and a corrected question file replaces all its question scores), and keeps all others.
 */
public final class CanonicalStore {
    private static final String POINTER = "CURRENT";
    private static final String VERSION_PREFIX = "v-";
    /**
     * Inside a version. Spark's reader of the scores skips a folder whose name starts with "_"; the publish
     * reads only the {@code fiscal_year=…} folders.
     */
    static final String SPELLINGS = "_agencies";

    /** What a version holds: the scores (without the agency's names) and their {@link CanonicalRows#SPELLING}s. */
    public record Contents(Dataset<Row> scores, Dataset<Row> spellings) {
    }

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

    /** The scores of a version: the columns of {@link CanonicalRows#CANONICAL} but the agency's names. */
    public Dataset<Row> read(SparkSession spark, Path version) {
        return spark.read().schema(CanonicalRows.CANONICAL).parquet(version.toString()).select(storedColumns());
    }

    /**
     * How the scores of a version name their agencies ({@link CanonicalRows#SPELLING}). A version written
     * before the names moved out of the scores still has them on every score, and they are counted from there.
     */
    public Dataset<Row> spellings(SparkSession spark, Path version) {
        Path spellings = version.resolve(SPELLINGS);
        if (Files.isDirectory(spellings)) {
            // Read by its files: Spark warns of a folder given by a name that starts with "_" (and of a glob).
            try (Stream<Path> files = Files.list(spellings)) {
                String[] parquet = files.map(Path::toString).filter(f -> f.endsWith(".parquet")).sorted()
                        .toArray(String[]::new);
                return parquet.length == 0 ? spark.createDataFrame(List.of(), CanonicalRows.SPELLING)
                        : spark.read().schema(CanonicalRows.SPELLING).parquet(parquet);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return CanonicalRows.spellingsOf(spark.read().schema(CanonicalRows.CANONICAL).parquet(version.toString()));
    }

    /**
     * What is in force after this run: the stored scores and spellings minus the agency-year-levels
     * {@code replaced} (agency_id, fiscal_year, level, each once: those of {@code incoming}, known without
     * reading it), plus {@code incoming}.
     */
    public Contents merge(SparkSession spark, Contents incoming, Dataset<Row> replaced, boolean fresh) throws IOException {
        Optional<Path> current = fresh ? Optional.empty() : current();
        if (current.isEmpty()) {
            return incoming;
        }
        scala.collection.immutable.Seq<String> key = scala.jdk.javaapi.CollectionConverters
                .asScala(List.of("agency_id", "fiscal_year", "level")).toSeq();
        Dataset<Row> keptScores = read(spark, current.get()).join(replaced, key, "left_anti");
        Dataset<Row> keptSpellings = spellings(spark, current.get()).join(replaced, key, "left_anti");
        return new Contents(keptScores.select(storedColumns()).unionByName(incoming.scores().select(storedColumns())),
                keptSpellings.select(spellingColumns()).unionByName(incoming.spellings().select(spellingColumns())));
    }

    /** Writes a new version directory (not yet in force). */
    public Path write(Contents contents, String runId) throws IOException {
        Files.createDirectories(root);
        Path version = root.resolve(VERSION_PREFIX + runId);
        // The spellings first: the scores' _SUCCESS is what marks a version complete (adopt).
        contents.spellings().select(spellingColumns()).coalesce(1).write()
                .parquet(version.resolve(SPELLINGS).toString());
        // Sorted where the rows are, not shuffled by year first: each task writes one file per year it holds,
        // which costs a file or two more per year and saves moving every row across the shuffle.
        contents.scores().select(storedColumns())
                .sortWithinPartitions("fiscal_year", "agency_id", "tool", "indicator", "question")
                .write().mode(SaveMode.Append).partitionBy("fiscal_year").parquet(version.toString());
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

    /** The columns of a stored score, in {@link CanonicalRows#CANONICAL}'s order. */
    private static Column[] storedColumns() {
        return Arrays.stream(CanonicalRows.CANONICAL.fieldNames())
                .filter(name -> !CanonicalRows.AGENCY_NAMES.contains(name)).map(functions::col).toArray(Column[]::new);
    }

    private static Column[] spellingColumns() {
        return Arrays.stream(CanonicalRows.SPELLING.fieldNames()).map(functions::col).toArray(Column[]::new);
    }
}
