package th.ita.insight.history;

import th.ita.insight.catalog.Catalogs;
import th.ita.insight.catalog.YearCatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A figure's values over fiscal years, cut where the method changed (the catalog's method breaks), so
 * that a trend is never silently drawn across a break. Asked for whole, it stays one segment and
 * lists the breaks it crosses, for a chart to mark.
 */
public final class YearSeries {
    private final SortedMap<Integer, Double> values;
    private final Catalogs catalogs;

    public YearSeries(Map<Integer, Double> values, Catalogs catalogs) {
        this.values = new TreeMap<>(values);
        this.catalogs = catalogs;
    }

    /**
     * A run of years measured the same way.
     *
     * @param breaksInside break years (the later year of each pair) this segment crosses; empty unless whole
     */
    public record Segment(SortedMap<Integer, Double> values, List<Integer> breaksInside) {

        /** Least-squares slope in points per year; null for fewer than two years. */
        public Double slope() {
            if (values.size() < 2) {
                return null;
            }
            double n = values.size();
            double sx = 0;
            double sy = 0;
            double sxx = 0;
            double sxy = 0;
            for (Map.Entry<Integer, Double> e : values.entrySet()) {
                sx += e.getKey();
                sy += e.getValue();
                sxx += (double) e.getKey() * e.getKey();
                sxy += e.getKey() * e.getValue();
            }
            return (n * sxy - sx * sy) / (n * sxx - sx * sx);
        }

        public int firstYear() {
            return values.firstKey();
        }

        public int lastYear() {
            return values.lastKey();
        }
    }

    /** Segments between method breaks, oldest first. */
    public List<Segment> segments() {
        List<Segment> out = new ArrayList<>();
        SortedMap<Integer, Double> current = new TreeMap<>();
        Integer previous = null;
        for (Map.Entry<Integer, Double> e : values.entrySet()) {
            if (previous != null && breakBetween(previous, e.getKey())) {
                out.add(new Segment(current, List.of()));
                current = new TreeMap<>();
            }
            current.put(e.getKey(), e.getValue());
            previous = e.getKey();
        }
        if (!current.isEmpty()) {
            out.add(new Segment(current, List.of()));
        }
        return out;
    }

    /** The whole series as one segment, with the breaks it crosses marked. */
    public Segment whole() {
        List<Integer> breaks = new ArrayList<>();
        if (!values.isEmpty()) {
            for (int year = values.firstKey() + 1; year <= values.lastKey(); year++) {
                if (catalogs.forYear(year).map(YearCatalog::methodBreak).orElse(false)) {
                    breaks.add(year);
                }
            }
        }
        return new Segment(new TreeMap<>(values), breaks);
    }

    /** A break lies between two years when any year after the first, up to the second, starts a new method. */
    private boolean breakBetween(int from, int to) {
        for (int year = from + 1; year <= to; year++) {
            if (catalogs.forYear(year).map(YearCatalog::methodBreak).orElse(false)) {
                return true;
            }
        }
        return false;
    }
}
