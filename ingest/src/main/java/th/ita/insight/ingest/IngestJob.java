package th.ita.insight.ingest;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import th.ita.insight.ingest.read.InputShape;
import th.ita.insight.ingest.read.TableSource;
import th.ita.insight.ingest.read.TableSources;
import th.ita.insight.ingest.read.UnreadableInputException;
import th.ita.insight.ingest.validate.Layout;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * Reads input files into validated canonical rows: every file is first checked in the driver (a file
 * that cannot be read stops the run before anything is written), then parsed in parallel, one Spark
 * task per file, in two passes rather than once into a cache of every score (at national size ~5 M
 * wide rows, whose cache cost more than reading the files again):
 * <ol>
 *   <li>the lines pass ({@link FileParser#lines}): rejects, file statistics and per line the agency-year
 *   and how many scores it loaded; from these, the agency-years where a key can repeat — on two lines,
 *   or twice on one — which are almost always none;</li>
 *   <li>the scores pass ({@link FileParser#scores}): every score of the other agency-years, as is; the
 *   scores of those few agency-years go through {@link DuplicateCheck}.</li>
 * </ol>
 */
public final class IngestJob {
    private final SparkSession spark;

    public IngestJob(SparkSession spark) {
        this.spark = spark;
    }

    /** @throws UnreadableInputException for the first file that cannot be read at all */
    public IngestResult run(List<Path> inputs, InputShape forced) {
        List<Path> files = InputFiles.expand(inputs);
        files.forEach(file -> precheck(file, forced));

        List<String> names = files.stream().map(Path::toString).toList();
        Dataset<String> fileNames = spark.createDataset(names, Encoders.STRING())
                .repartition(Math.max(1, Math.min(names.size(), spark.sparkContext().defaultParallelism())));
        // Small: a few rows per input line, no score in them.
        Dataset<Row> parsed = fileNames.flatMap(FileParser.lines(forced), Encoders.row(CanonicalRows.LINES))
                .persist(StorageLevel.MEMORY_AND_DISK());

        List<IngestResult.FileStats> stats = parsed.filter(col("kind").equalTo(CanonicalRows.KIND_FILE))
                .select("source_file", "source_line", "column", "value").collectAsList().stream()
                .map(r -> new IngestResult.FileStats(r.getString(0), r.getLong(1), r.getString(2), r.getString(3)))
                .sorted((a, b) -> a.file().compareTo(b.file()))
                .toList();
        long rowsIn = stats.stream().mapToLong(IngestResult.FileStats::rows).sum();

        Dataset<Row> lines = parsed.filter(col("kind").equalTo(CanonicalRows.KIND_LINE));
        Set<String> repeating = repeatingAgencyYears(lines);
        Dataset<Row> rejects = parsed.filter(col("kind").equalTo(CanonicalRows.KIND_REJECT))
                .select(DuplicateCheck.columns(CanonicalRows.REJECT.fieldNames()));
        Dataset<Row> others = fileNames.flatMap(FileParser.scores(forced, repeating, false),
                Encoders.row(CanonicalRows.CANONICAL));
        long scoresRead = lines.agg(coalesce(sum("scores"), lit(0L))).first().getLong(0);
        Dataset<Row> levels = lines.select("agency_id", "fiscal_year", "level");
        if (repeating.isEmpty()) {
            return new IngestResult(others, levels.distinct(), CanonicalRows.spellingsOf(lines), rejects, stats, rowsIn,
                    scoresRead, 0);
        }
        Dataset<Row> candidates = fileNames.flatMap(FileParser.scores(forced, repeating, true),
                Encoders.row(CanonicalRows.CANONICAL)).persist(StorageLevel.MEMORY_AND_DISK());
        DuplicateCheck check = new DuplicateCheck(candidates, CanonicalRows.CANONICAL.fieldNames());
        Dataset<Row> kept = check.clean().persist(StorageLevel.MEMORY_AND_DISK());
        long loaded = scoresRead - candidates.count() + kept.count();
        Dataset<Row> repeatingKeys = kept.sparkSession().createDataset(List.copyOf(repeating), Encoders.STRING())
                .toDF("agency_year");
        // Every score of the other agency-years is stored, so their lines name the agencies as the store will.
        Dataset<Row> otherLines = lines.withColumn("agency_year", agencyYear())
                .join(broadcast(repeatingKeys), DuplicateCheck.seq("agency_year"), "left_anti");
        return new IngestResult(others.unionByName(kept),
                otherLines.select("agency_id", "fiscal_year", "level")
                        .unionByName(kept.select("agency_id", "fiscal_year", "level")).distinct(),
                CanonicalRows.spellingsOf(otherLines).unionByName(CanonicalRows.spellingsOf(kept)),
                rejects.unionByName(check.conflicts()), stats, rowsIn, loaded, check.duplicates());
    }

    /**
     * Agency-years where one key may be there more than once: read on two lines of which one is a wide row
     * (a row holds every figure of its agency-year), on two long lines with the same figure, or on a wide
     * row of a file with two columns for one figure.
     */
    private static Set<String> repeatingAgencyYears(Dataset<Row> lines) {
        Column wide = col("scope").isin(CanonicalRows.SCOPE_ROW, CanonicalRows.SCOPE_ROW_REPEATING);
        Column origin = struct(col("source_file"), col("source_line"));
        return lines.groupBy("agency_id", "fiscal_year")
                .agg(max(when(col("scope").equalTo(CanonicalRows.SCOPE_ROW_REPEATING), 1).otherwise(0)).as("repeats"),
                        min(origin).notEqual(max(origin)).as("several_lines"),
                        max(when(wide, 1).otherwise(0)).as("any_wide"),
                        sum(when(wide, 0).otherwise(1)).as("long_lines"),
                        countDistinct(when(not(wide), col("scope"))).as("long_figures"))
                .filter(col("repeats").equalTo(1).or(col("several_lines").and(
                        col("any_wide").equalTo(1).or(col("long_lines").gt(col("long_figures"))))))
                .select(agencyYear())
                .collectAsList().stream().map(r -> r.getString(0)).collect(Collectors.toSet());
    }

    /** {@link FileParser#agencyYear} as a column. */
    private static Column agencyYear() {
        return concat(col("agency_id"), lit(FileParser.AGENCY_YEAR_SEPARATOR), col("fiscal_year").cast("string"));
    }

    /** Opens each file once in the driver so an unreadable one fails fast with its own message. */
    private static void precheck(Path file, InputShape forced) {
        try (TableSource source = TableSources.open(file, forced)) {
            Layout layout = Layout.analyse(source.header(), forced).orElseThrow(() -> new UnreadableInputException(file,
                    "unrecognised header " + List.of(source.header()) + "; expected a long file (agency_name, "
                            + "fiscal_year, question, score), a wide file (columns i1…, e1…, o1…) or an indicator "
                            + "summary (ind1…ind10) — see docs/input-formats.md",
                    "ไม่รู้จักหัวตาราง " + List.of(source.header()) + " ต้องเป็นแบบแถวยาว (ชื่อหน่วยงาน ปีงบประมาณ ข้อ "
                            + "คะแนน) แบบกว้าง (คอลัมน์ i1… e1… o1…) หรือสรุปรายตัวชี้วัด (ind1…ind10) ดู docs/input-formats.md"));
            List<String> missing = layout.missingColumns();
            if (!missing.isEmpty()) {
                throw new UnreadableInputException(file,
                        layout.shape() + " file without required column(s): " + String.join(", ", missing),
                        "ไฟล์แบบ " + layout.shape() + " ขาดคอลัมน์: " + String.join(", ", missing));
            }
            List<String> repeated = layout.repeatedColumns();
            if (!repeated.isEmpty()) {
                throw new UnreadableInputException(file,
                        "column named twice: " + String.join(", ", repeated) + " (which one holds the figures?)"
                                + " — rename or delete one",
                        "มีคอลัมน์ชื่อซ้ำ: " + String.join(", ", repeated) + " (ไม่รู้ว่าคอลัมน์ใดเป็นค่าที่ถูกต้อง) "
                                + "เปลี่ยนชื่อหรือลบคอลัมน์หนึ่ง");
            }
        } catch (IOException e) {
            throw new UnreadableInputException(file, "cannot close: " + e.getMessage(), "ปิดไฟล์ไม่ได้", e);
        }
    }

}
