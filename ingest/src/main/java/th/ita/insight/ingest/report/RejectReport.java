package th.ita.insight.ingest.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;

/**
 * Writes the rejects of a run as CSV (UTF-8 with BOM so Excel shows Thai; one row per reject, sorted
 * by file and line) and returns the counts per reason for the run summary. Streams the rows, so a
 * file full of bad rows does not fill the driver's memory.
 */
public final class RejectReport {
    public static final List<String> HEADER =
            List.of("file", "line", "column", "value", "reason", "reason_th", "reason_en");

    private RejectReport() {
    }

    /** @return reason code → count, most frequent first */
    public static Map<String, Long> write(Dataset<Row> rejects, Path csv) throws IOException {
        Path dir = csv.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + csv.getFileName() + ".tmp");
        try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            writer.write('\uFEFF');
            printer.printRecord(HEADER);
            Iterator<Row> rows = rejects.orderBy(col("source_file"), col("source_line"), col("column")).toLocalIterator();
            while (rows.hasNext()) {
                Row r = rows.next();
                printer.printRecord(r.getString(0), r.getLong(1), r.getString(2), neutralise(r.getString(3)),
                        r.getString(4), r.getString(5), r.getString(6));
            }
        }
        Files.move(tmp, csv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Map<String, Long> counts = new LinkedHashMap<>();
        rejects.groupBy("reason").count().orderBy(col("count").desc(), col("reason")).collectAsList()
                .forEach(r -> counts.put(r.getString(0), r.getLong(1)));
        return counts;
    }

    /**
     * The same report from rejects already in memory (a survey file is read without Spark).
     *
     * @return reason code → count, most frequent first
     */
    public static Map<String, Long> write(List<th.ita.insight.ingest.validate.Reject> rejects, Path csv) throws IOException {
        Path dir = csv.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + csv.getFileName() + ".tmp");
        List<th.ita.insight.ingest.validate.Reject> sorted = rejects.stream().sorted(java.util.Comparator
                .comparing(th.ita.insight.ingest.validate.Reject::file).thenComparingLong(th.ita.insight.ingest.validate.Reject::line)
                .thenComparing(r -> r.column() == null ? "" : r.column())).toList();
        try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            writer.write('\uFEFF');
            printer.printRecord(HEADER);
            for (th.ita.insight.ingest.validate.Reject r : sorted) {
                printer.printRecord(r.file(), r.line(), r.column(), neutralise(r.value()), r.reason().name(),
                        r.detailTh(), r.detailEn());
            }
        }
        Files.move(tmp, csv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Map<String, Long> counts = new LinkedHashMap<>();
        sorted.stream().collect(java.util.stream.Collectors.groupingBy(r -> r.reason().name(), java.util.stream.Collectors.counting()))
                .entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** A rejected value is shown to people in Excel: keep "=cmd()" and friends from running as formulas. */
    static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return "=+-@\t\r".indexOf(first) >= 0 ? "'" + value : value;
    }
}
