package th.ita.insight.analytics.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Phase times of a baseline, printed in the batch's own format so the bench script reads both alike. */
final class BenchPhases {
    private final String engine;
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long mark = System.nanoTime();

    BenchPhases(String engine) {
        this.engine = engine;
    }

    void end(String name) {
        long now = System.nanoTime();
        millis.merge(name, (now - mark) / 1_000_000, Long::sum);
        mark = now;
    }

    void print() {
        long total = 0;
        for (Map.Entry<String, Long> e : millis.entrySet()) {
            System.err.println(line(e.getKey(), e.getValue()));
            total += e.getValue();
        }
        System.err.println(line("total", total));
    }

    private String line(String name, long ms) {
        return String.format(Locale.ROOT, "%s: phase %-9s %8.2f s", engine, name, ms / 1000.0);
    }
}
