package th.ita.insight.analytics.steps;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.ita.insight.ingest.SparkSessions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The medians an agency is judged against: its type's where the type has the figure, else the nation's. */
class PeerMediansTest {
    private static PeerMedians medians;

    @BeforeAll
    static void collect() {
        SparkSession spark = SparkSessions.create("ita-tests", "local[2]", 2);
        // fiscal_year, peer_group, group_key, level, key, n, mean, p10, p25, p50, p75, p90
        Dataset<Row> stats = spark.createDataFrame(List.of(
                stat(2566, "national", "all", "question", "i1", 80, 90),
                stat(2566, "national", "all", "question", "i2", 60, 70),
                stat(2566, "national", "all", "indicator", "1", 85, 92),
                stat(2566, "type", "sao", "question", "i1", 70, 85),
                stat(2566, "province", "สตูล", "question", "i2", 10, 20),
                stat(2566, "region", "south", "question", "i1", 11, 21),
                stat(2567, "type", "sao", "question", "i1", 75, 88)), PeerFunction.STATS_ROW);
        medians = PeerMedians.collect(stats);
    }

    private static Row stat(int year, String group, String groupKey, String level, String key, double p50, double p75) {
        return RowFactory.create(year, group, groupKey, level, key, 10L, p50, 0.0, 0.0, p50, p75, 100.0);
    }

    @Test
    void theTypesGroupWhereItHasTheFigure() {
        assertEquals(new PeerMedians.Quartiles(70, 85), medians.forYear(2566, "sao").get("question").get("i1"));
    }

    @Test
    void theNationsWhereTheTypeHasNoneNeverTheProvincesOrTheRegions() {
        assertEquals(new PeerMedians.Quartiles(60, 70), medians.forYear(2566, "sao").get("question").get("i2"));
        assertEquals(new PeerMedians.Quartiles(85, 92), medians.forYear(2566, "sao").get("indicator").get("1"));
        assertEquals(new PeerMedians.Quartiles(80, 90), medians.forYear(2566, null).get("question").get("i1"));
        assertEquals(new PeerMedians.Quartiles(80, 90), medians.forYear(2566, "dept").get("question").get("i1"));
    }

    @Test
    void aYearWithoutANationalGroupHasOnlyTheTypesFigures() {
        assertEquals(new PeerMedians.Quartiles(75, 88), medians.forYear(2567, "sao").get("question").get("i1"));
        assertNull(medians.forYear(2567, "sao").get("question").get("i2"));
        assertNull(medians.forYear(2567, "dept").get("question"));
        assertNull(medians.forYear(2570, "sao").get("question"));
    }
}
