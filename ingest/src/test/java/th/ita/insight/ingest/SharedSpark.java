package th.ita.insight.ingest;

import org.apache.spark.sql.SparkSession;

/** One local SparkSession for every test in this JVM (starting one costs ~5 s). */
public final class SharedSpark {
    private static SparkSession session;

    private SharedSpark() {
    }

    public static synchronized SparkSession get() {
        if (session == null) {
            session = SparkSessions.create("ita-tests", "local[2]", 2);
        }
        return session;
    }
}
