package th.ita.insight.analytics.steps;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import static org.apache.spark.sql.functions.col;

/**
 * The peer median and upper quartile each figure is judged against: the agency type's group, or the
 * nation's where the type has no group for it. A few thousand entries (one per year, figure and group),
 * collected from the peer statistics once and broadcast to the per-agency analysis.
 */
final class PeerMedians implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A figure's median and upper quartile in one peer group. */
    record Quartiles(double median, double p75) implements Serializable {
    }

    /** level → key → quartiles. */
    static final class Figures extends HashMap<String, Map<String, Quartiles>> {
        private static final long serialVersionUID = 1L;

        Figures() {
        }

        Figures(Figures copy) {
            copy.forEach((level, keys) -> put(level, new HashMap<>(keys)));
        }

        void put(String level, String key, Quartiles q) {
            computeIfAbsent(level, l -> new HashMap<>()).put(key, q);
        }
    }

    private static final Figures NONE = new Figures();

    /** year → the nation's figures. */
    private final Map<Integer, Figures> national = new HashMap<>();
    /** year → type code → the type's figures, completed by the nation's where the type has none. */
    private final Map<Integer, Map<String, Figures>> byType = new HashMap<>();

    /** @param stats the peer_stats table ({@link PeerFunction#STATS_ROW}) */
    static PeerMedians collect(Dataset<Row> stats) {
        PeerMedians m = new PeerMedians();
        Map<Integer, Map<String, Figures>> types = new HashMap<>();
        for (Row r : stats.filter(col("peer_group").isin("type", "national"))
                .select("fiscal_year", "peer_group", "group_key", "level", "key", "p50", "p75").collectAsList()) {
            Quartiles q = new Quartiles(r.getDouble(5), r.getDouble(6));
            if (r.getString(1).equals("national")) {
                m.national.computeIfAbsent(r.getInt(0), y -> new Figures()).put(r.getString(3), r.getString(4), q);
            } else {
                types.computeIfAbsent(r.getInt(0), y -> new HashMap<>())
                        .computeIfAbsent(r.getString(2), t -> new Figures()).put(r.getString(3), r.getString(4), q);
            }
        }
        types.forEach((year, byCode) -> byCode.forEach((code, own) -> {
            Figures merged = new Figures(m.national.getOrDefault(year, NONE));
            own.forEach((level, keys) -> keys.forEach((key, q) -> merged.put(level, key, q)));
            m.byType.computeIfAbsent(year, y -> new HashMap<>()).put(code, merged);
        }));
        return m;
    }

    /** The quartiles an agency of this type is judged against in this year, by level and key (missing: none). */
    Figures forYear(int year, String typeCode) {
        Figures own = typeCode == null ? null : byType.getOrDefault(year, Map.of()).get(typeCode);
        return own != null ? own : national.getOrDefault(year, NONE);
    }
}
