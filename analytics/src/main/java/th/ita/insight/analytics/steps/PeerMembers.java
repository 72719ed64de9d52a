package th.ita.insight.analytics.steps;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every agency that can be in a peer group, numbered, with the groups it belongs to (type, province,
 * region; null where it has none). A few thousand entries, collected once and broadcast, so the figures
 * travel to their peer groups as numbers instead of each carrying its agency's id and groups.
 */
final class PeerMembers implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String[] agencyIds;
    /** Per grouping after the national one ({@link PeerFunction#GROUPS}), each agency's key in it. */
    private final String[][] groupKeys;
    private final Map<String, Integer> numbers = new HashMap<>();

    private PeerMembers(List<Row> agencies) {
        agencyIds = new String[agencies.size()];
        groupKeys = new String[PeerFunction.GROUPS.length - 1][agencies.size()];
        for (int i = 0; i < agencyIds.length; i++) {
            Row a = agencies.get(i);
            agencyIds[i] = a.getString(0);
            for (int g = 0; g < groupKeys.length; g++) {
                groupKeys[g][i] = a.isNullAt(g + 1) ? null : a.getString(g + 1);
            }
            numbers.put(agencyIds[i], i);
        }
    }

    /** @param agencies the agency table (agency_id, agency_type_code, province, region) */
    static PeerMembers collect(Dataset<Row> agencies) {
        return new PeerMembers(agencies.select("agency_id", "agency_type_code", "province", "region")
                .orderBy("agency_id").collectAsList());
    }

    /** The agency's number, or -1 for an agency the table does not list (it is in no peer group). */
    int number(String agencyId) {
        return numbers.getOrDefault(agencyId, -1);
    }

    String agencyId(int number) {
        return agencyIds[number];
    }

    /**
     * @param grouping 1 = type, 2 = province, 3 = region (0, the nation, has one group)
     * @return the agency's key in that grouping, or null where it is in no such group
     */
    String groupKey(int grouping, int number) {
        return groupKeys[grouping - 1][number];
    }
}
