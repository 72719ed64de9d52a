package th.ita.insight.ingest;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The one place that builds a SparkSession. Local by default (all cores); when launched by
 * spark-submit the master comes from there and nothing here overrides it.
 */
public final class SparkSessions {
    private SparkSessions() {
    }

    /**
     * @param master             e.g. "local[*]"; ignored when spark.master is already set (spark-submit)
     * @param shufflePartitions  small on one machine: the default 200 makes a 2-core run 2.4× slower;
     *                           a spark.sql.shuffle.partitions given to spark-submit wins (on a cluster
     *                           the driver's cores say nothing about the executors')
     */
    public static SparkSession create(String appName, String master, int shufflePartitions) {
        SparkConf conf = new SparkConf();
        SparkSession.Builder builder = SparkSession.builder().appName(appName);
        boolean local;
        if (conf.contains("spark.master")) {
            local = conf.get("spark.master").startsWith("local");
        } else {
            builder.master(master);
            local = master.startsWith("local");
        }
        if (local) {
            builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        }
        return builder
                .config("spark.ui.enabled", conf.get("spark.ui.enabled", "false"))
                .config("spark.sql.shuffle.partitions", conf.get("spark.sql.shuffle.partitions", String.valueOf(shufflePartitions)))
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.adaptive.enabled", "true")
                .config("spark.sql.parquet.compression.codec", "zstd")
                // The ingest caches the parsed rows for a few passes: compressing that cache cost more time
                // than it saved (national set, back to back: ingest 59.7 → 52.8 s for ~0.6 GB more peak RSS).
                .config("spark.sql.inMemoryColumnarStorage.compressed",
                        conf.get("spark.sql.inMemoryColumnarStorage.compressed", "false"))
                .config("spark.sql.debug.maxToStringFields", "200")
                .getOrCreate();
    }

    /** Shuffle partitions that suit the machine: one per core, at least 2. */
    public static int defaultShufflePartitions() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }
}
