package th.ita.insight.analytics;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Wall-clock time per batch phase, printed to stderr as one line per phase and a total, so a benchmark
 * (analytics/bench/batch-bench.sh) can read them without touching stdout or any published output.
 * Spark is lazy: a phase's time is where its work was forced (e.g. the analytics are computed while
 * their staging Parquet is written), so phases are cut at those points.
 */
public final class PhaseTimes {
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long mark = System.nanoTime();

    /** Ends the current phase under {@code name} and starts the next one. */
    public void end(String name) {
        long now = System.nanoTime();
        millis.merge(name, (now - mark) / 1_000_000, Long::sum);
        mark = now;
    }

    public Map<String, Long> millis() {
        return Map.copyOf(millis);
    }

    /** {@code ita: phase ingest 12.34 s} per phase, then {@code ita: phase total …}. */
    public void print(PrintWriter err) {
        long total = 0;
        for (Map.Entry<String, Long> e : millis.entrySet()) {
            err.println(line(e.getKey(), e.getValue()));
            total += e.getValue();
        }
        err.println(line("total", total));
        err.flush();
    }

    private static String line(String name, long ms) {
        return String.format(Locale.ROOT, "ita: phase %-9s %8.2f s", name, ms / 1000.0);
    }
}
