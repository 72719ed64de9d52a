package th.ita.insight.trends;

import th.ita.insight.catalog.Catalogs;
import th.ita.insight.catalog.ItemLineage;
import th.ita.insight.history.YearSeries;
import th.ita.insight.scoring.Rounding;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Trends over runs of comparable years: totals, tools and indicators are cut at the catalog's method
 * breaks (one trend per run); a question follows its item back through {@link ItemLineage} and is cut
 * where the item starts (OIT items across 2565→2566, a question whose meaning changed).
 */
public final class TrendCalculator {
    private final Catalogs catalogs;
    private final ItemLineage lineage;

    public TrendCalculator(Catalogs catalogs) {
        this.catalogs = catalogs;
        this.lineage = ItemLineage.of(catalogs);
    }

    /** For totals, tool and indicator scores: one trend per run of years between method breaks, oldest first. */
    public List<Trend> ofFigure(Map<Integer, Double> byYear) {
        List<YearSeries.Segment> segments = new YearSeries(byYear, catalogs).segments();
        List<Trend> out = new java.util.ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            out.add(trend(segments.get(i).values(), i > 0));
        }
        return out;
    }

    /**
     * For one question of the latest year it was scored in.
     *
     * @param byYearAndCode year → code → score for one agency
     * @param code          the code in the latest year
     */
    public Optional<Trend> ofQuestion(Map<Integer, Map<String, Double>> byYearAndCode, int latestYear, String code) {
        SortedMap<Integer, Double> run = new TreeMap<>();
        Double latest = byYearAndCode.getOrDefault(latestYear, Map.of()).get(code);
        if (latest == null) {
            return Optional.empty();
        }
        run.put(latestYear, latest);
        String current = code;
        int year = latestYear;
        boolean cut = false;
        while (true) {
            String earlier = lineage.predecessor(year, current).map(ItemLineage.Step::code).orElse(null);
            Map<String, Double> before = byYearAndCode.get(year - 1);
            if (before == null) {
                cut = byYearAndCode.keySet().stream().anyMatch(y -> y < latestYear - run.size() + 1);
                break;
            }
            if (earlier == null || !before.containsKey(earlier)) {
                cut = true;
                break;
            }
            run.put(year - 1, before.get(earlier));
            current = earlier;
            year--;
        }
        return Optional.of(trend(run, cut));
    }

    private static Trend trend(SortedMap<Integer, Double> run, boolean cut) {
        int last = run.lastKey();
        Double slope = new YearSeries.Segment(run, List.of()).slope();
        Double delta = run.containsKey(last - 1) ? Rounding.twoDecimals(run.get(last) - run.get(last - 1)) : null;
        return new Trend(run.firstKey(), last, run.size(), run.get(run.firstKey()), run.get(last), delta,
                slope == null ? null : Rounding.twoDecimals(slope), Trend.Direction.of(slope), cut);
    }
}
