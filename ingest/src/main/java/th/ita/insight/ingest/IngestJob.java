package th.ita.insight.ingest;

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

import static org.apache.spark.sql.functions.col;

/**
 * Reads input files into validated canonical rows: every file is first checked in the driver (a file
 * that cannot be read stops the run before anything is written), then parsed in parallel, one Spark
 * task per file; rows that share a key are checked by {@link DuplicateCheck}.
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
        Dataset<Row> parsed = spark.createDataset(names, Encoders.STRING())
                .repartition(Math.max(1, Math.min(names.size(), spark.sparkContext().defaultParallelism())))
                .flatMap(new FileParser(forced), Encoders.row(CanonicalRows.PARSED))
                .persist(StorageLevel.MEMORY_AND_DISK());

        List<IngestResult.FileStats> stats = parsed.filter(col("kind").equalTo(CanonicalRows.KIND_FILE))
                .select("source_file", "source_line", "column", "value").collectAsList().stream()
                .map(r -> new IngestResult.FileStats(r.getString(0), r.getLong(1), r.getString(2), r.getString(3)))
                .sorted((a, b) -> a.file().compareTo(b.file()))
                .toList();
        long rowsIn = stats.stream().mapToLong(IngestResult.FileStats::rows).sum();

        Dataset<Row> scores = parsed.filter(col("kind").equalTo(CanonicalRows.KIND_SCORE))
                .select(DuplicateCheck.columns(CanonicalRows.CANONICAL.fieldNames()));
        DuplicateCheck check = new DuplicateCheck(scores, CanonicalRows.CANONICAL.fieldNames());
        Dataset<Row> rejects = parsed.filter(col("kind").equalTo(CanonicalRows.KIND_REJECT))
                .select(DuplicateCheck.columns(CanonicalRows.REJECT.fieldNames()))
                .unionByName(check.conflicts());
        return new IngestResult(check.clean(), rejects, stats, rowsIn, check.duplicates());
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
