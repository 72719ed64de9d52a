package th.ita.insight.dashboard.scores;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The years in which one question asked the same thing, followed through the catalog's
 * {@code comparable_to} links (FY2566 i10 was FY2565 i9). The chain stops at a method change.
 */
final class Lineage {
    /** One catalog entry: in {@code year}, {@code code} asks what {@code comparableTo} asked the year before (or null). */
    record Entry(int year, String code, String comparableTo) {
    }

    /** One link of the chain: the code the question had in that year. */
    record Step(int year, String code) {
    }

    private final Map<String, Entry> byYearCode = new HashMap<>();
    private final Map<String, Entry> byPredecessor = new HashMap<>();

    Lineage(List<Entry> entries) {
        for (Entry e : entries) {
            byYearCode.put(e.year() + "/" + e.code(), e);
            if (e.comparableTo() != null) {
                byPredecessor.put((e.year() - 1) + "/" + e.comparableTo(), e);
            }
        }
    }

    /** Oldest first; empty when the code is not in that year's catalog. */
    List<Step> of(int year, String code) {
        Entry start = byYearCode.get(year + "/" + code);
        if (start == null) {
            return List.of();
        }
        List<Step> back = new ArrayList<>();
        for (Entry e = start; e != null; ) {
            back.add(0, new Step(e.year(), e.code()));
            e = e.comparableTo() == null ? null : byYearCode.get((e.year() - 1) + "/" + e.comparableTo());
        }
        for (Entry e = byPredecessor.get(year + "/" + code); e != null; e = byPredecessor.get(e.year() + "/" + e.code())) {
            back.add(new Step(e.year(), e.code()));
        }
        return back;
    }
}
