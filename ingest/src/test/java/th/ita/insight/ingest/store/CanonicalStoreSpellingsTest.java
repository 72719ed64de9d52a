package th.ita.insight.ingest.store;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.ingest.CanonicalRows;
import th.ita.insight.ingest.SharedSpark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The agency's names are stored once per agency-year, level, file and spelling, beside the scores. */
class CanonicalStoreSpellingsTest {
    private final SparkSession spark = SharedSpark.get();

    private static Row score(String question, double score, long line) {
        return RowFactory.create("sao-91-001", "อบต.นาทอน", "องค์การบริหารส่วนตำบล", "sao", "สตูล", 2566, "IIT", 1,
                question, "question", score, null, "a.csv", line);
    }

    private Dataset<Row> scores() {
        return spark.createDataFrame(List.of(score("i1", 90.0, 2), score("i2", 80.0, 3)), CanonicalRows.CANONICAL);
    }

    @Test
    void a_new_version_keeps_the_names_once_and_the_scores_without_them(@TempDir Path root) throws Exception {
        CanonicalStore store = new CanonicalStore(root);
        Dataset<Row> scores = scores();
        Path version = store.write(new CanonicalStore.Contents(scores, CanonicalRows.spellingsOf(scores)), "r1");

        assertTrue(Files.isRegularFile(version.resolve("_SUCCESS")));
        List<Row> spellings = store.spellings(spark, version).collectAsList();
        assertEquals(List.of(RowFactory.create("sao-91-001", 2566, "question", "a.csv", "อบต.นาทอน",
                "องค์การบริหารส่วนตำบล", "sao", "สตูล", 3L)), spellings);
        Dataset<Row> read = store.read(spark, version);
        assertEquals(2, read.count());
        assertFalse(Arrays.asList(read.columns()).contains("agency_name"));
    }

    @Test
    void a_version_written_with_the_names_on_every_score_is_still_read(@TempDir Path root) throws Exception {
        // The layout before the names moved out: every score row carries them, nothing beside.
        Path version = root.resolve("v-old");
        scores().write().partitionBy("fiscal_year").parquet(version.toString());
        CanonicalStore store = new CanonicalStore(root);

        assertEquals("อบต.นาทอน", store.spellings(spark, version).collectAsList().get(0).getAs("agency_name"));
        assertEquals(3L, (long) store.spellings(spark, version).collectAsList().get(0).getAs("source_line"));
        assertEquals(2, store.read(spark, version).count());
    }
}
