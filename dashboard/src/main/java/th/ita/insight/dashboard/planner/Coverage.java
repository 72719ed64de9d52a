package th.ita.insight.dashboard.planner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plan coverage for an overseer, pure: for each agency in scope, its weak items of the year that no
 * live plan item links. Agencies with the most uncovered items come first.
 */
public final class Coverage {
    /** A weak item as the analytics published it. */
    public record Weak(String agencyId, String code, String severity) {
    }

    public record AgencyCoverage(String agencyId, String name, String province, int weak, List<String> uncovered,
                                 int planItems) {
    }

    private Coverage() {
    }

    /**
     * @param agencies     agency id → name and province of the agencies in scope, in display order
     * @param weak         weak items of the year (any agencies: those out of scope are ignored)
     * @param planned      agency id → codes linked by its live plan items
     * @param planCounts   agency id → number of live plan items
     */
    public static List<AgencyCoverage> of(Map<String, String[]> agencies, List<Weak> weak, Map<String, Set<String>> planned,
                                          Map<String, Integer> planCounts) {
        Map<String, List<Weak>> byAgency = new LinkedHashMap<>();
        for (Weak w : weak) {
            if (agencies.containsKey(w.agencyId())) {
                byAgency.computeIfAbsent(w.agencyId(), k -> new ArrayList<>()).add(w);
            }
        }
        List<AgencyCoverage> out = new ArrayList<>();
        for (Map.Entry<String, String[]> a : agencies.entrySet()) {
            List<Weak> items = byAgency.getOrDefault(a.getKey(), List.of());
            Set<String> codes = planned.getOrDefault(a.getKey(), Set.of());
            List<String> uncovered = items.stream().map(Weak::code).filter(c -> !codes.contains(c)).distinct().toList();
            out.add(new AgencyCoverage(a.getKey(), a.getValue()[0], a.getValue()[1], items.size(), uncovered,
                    planCounts.getOrDefault(a.getKey(), 0)));
        }
        out.sort(Comparator.comparingInt((AgencyCoverage c) -> -c.uncovered().size()).thenComparing(AgencyCoverage::name));
        return out;
    }
}
