package th.ita.insight.analytics.steps;

import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import th.ita.insight.peers.GroupRanks;
import th.ita.insight.peers.GroupSummary;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One figure of one fiscal year (e.g. FY2566 question i1) across every agency — at most ~8,300 rows —
 * summarised in each of its peer groups at once: national, agency type, province and region. A
 * figure's rows are few enough to hold, so the four groupings cost one shuffle instead of a shuffle
 * of every figure copied four times; totals and tools also get each agency's rank in each group.
 */
final class PeerFunction implements FlatMapGroupsFunction<Row, Row, Row> {
    static final String STATS = "stats";
    static final String RANK = "rank";
    static final StructType STATS_ROW = new StructType()
            .add("fiscal_year", DataTypes.IntegerType, false)
            .add("peer_group", DataTypes.StringType, false)
            .add("group_key", DataTypes.StringType, false)
            .add("level", DataTypes.StringType, false)
            .add("key", DataTypes.StringType, false)
            .add("n", DataTypes.LongType, false)
            .add("mean", DataTypes.DoubleType, false)
            .add("p10", DataTypes.DoubleType, false)
            .add("p25", DataTypes.DoubleType, false)
            .add("p50", DataTypes.DoubleType, false)
            .add("p75", DataTypes.DoubleType, false)
            .add("p90", DataTypes.DoubleType, false);
    static final StructType RANK_ROW = new StructType()
            .add("agency_id", DataTypes.StringType, false)
            .add("fiscal_year", DataTypes.IntegerType, false)
            .add("peer_group", DataTypes.StringType, false)
            .add("group_key", DataTypes.StringType, false)
            .add("level", DataTypes.StringType, false)
            .add("key", DataTypes.StringType, false)
            .add("score", DataTypes.DoubleType, false)
            .add("rank", DataTypes.IntegerType, false)
            .add("n", DataTypes.LongType, false)
            .add("percentile", DataTypes.DoubleType, false);
    static final StructType TAGGED = new StructType()
            .add("kind", DataTypes.StringType, false)
            .add(STATS, STATS_ROW, true)
            .add(RANK, RANK_ROW, true);

    /** The groupings, in {@link PeerMembers#groupKey}'s numbering. */
    static final String[] GROUPS = {"national", "type", "province", "region"};

    private final Broadcast<PeerMembers> members;

    PeerFunction(Broadcast<PeerMembers> members) {
        this.members = members;
    }

    /** Input rows: {@link PeerFigures#FIGURE_SCORES}, the figure's agencies and scores of each map partition. */
    @Override
    public Iterator<Row> call(Row figure, Iterator<Row> rows) {
        PeerMembers table = members.value();
        int year = 0;
        String level = null;
        String key = null;
        // One map per grouping (national, type, province, region), keyed by the agency's value in it.
        List<Map<String, Group>> groupings = new ArrayList<>(GROUPS.length);
        for (int g = 0; g < GROUPS.length; g++) {
            groupings.add(new LinkedHashMap<>());
        }
        while (rows.hasNext()) {
            Row r = rows.next();
            year = r.getInt(0);
            level = r.getString(1);
            key = r.getString(2);
            List<Integer> numbers = r.getList(3);
            List<Double> scores = r.getList(4);
            for (int i = 0; i < numbers.size(); i++) {
                int member = numbers.get(i);
                String agency = table.agencyId(member);
                double score = scores.get(i);
                groupings.get(0).computeIfAbsent("all", k -> new Group()).add(agency, score);
                for (int g = 1; g < GROUPS.length; g++) {
                    String groupKey = table.groupKey(g, member);
                    if (groupKey != null) { // an agency without a type or a province is in no such group
                        groupings.get(g).computeIfAbsent(groupKey, k -> new Group()).add(agency, score);
                    }
                }
            }
        }
        boolean ranked = "total".equals(level) || "tool".equals(level);
        List<Row> out = new ArrayList<>();
        for (int g = 0; g < GROUPS.length; g++) {
            for (Map.Entry<String, Group> e : groupings.get(g).entrySet()) {
                out.addAll(groupRows(year, level, key, GROUPS[g], e.getKey(), e.getValue(), ranked));
            }
        }
        return out.iterator();
    }

    /** One group's statistics row and, for totals and tools, a rank row per agency. */
    private static List<Row> groupRows(int year, String level, String key, String grouping, String groupKey, Group group,
                                       boolean ranked) {
        List<Row> out = new ArrayList<>(ranked ? group.count + 1 : 1);
        if (ranked) { // before the summary: it sorts the scores in place
            GroupRanks ranks = new GroupRanks(group.scores, group.count);
            for (int i = 0; i < group.count; i++) {
                double score = group.scores[i];
                out.add(RowFactory.create(RANK, null, RowFactory.create(group.agencies.get(i), year, grouping,
                        groupKey, level, key, score, ranks.rank(score), ranks.n(), ranks.percentile(score))));
            }
        }
        GroupSummary s = GroupSummary.of(group.scores, group.count);
        out.add(RowFactory.create(STATS, RowFactory.create(year, grouping, groupKey, level, key, s.n(), s.mean(),
                s.p10(), s.p25(), s.p50(), s.p75(), s.p90()), null));
        return out;
    }

    /** One peer group's scores, growing as the figure's rows arrive. */
    private static final class Group {
        private final List<String> agencies = new ArrayList<>();
        private double[] scores = new double[16];
        private int count;

        void add(String agency, double score) {
            if (count == scores.length) {
                scores = java.util.Arrays.copyOf(scores, count * 2);
            }
            scores[count++] = score;
            agencies.add(agency);
        }
    }
}
