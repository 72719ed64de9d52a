package th.ita.insight.analytics.steps;

import org.apache.spark.api.java.function.FlatMapGroupsFunction;
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
final class PeerFunction implements FlatMapGroupsFunction<String, Row, Row> {
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

    /** The peer groups of an agency, in the order the input columns name them. */
    private static final String[] GROUPS = {"national", "type", "province", "region"};

    /** Input columns: fiscal_year, level, key, agency_id, score, agency_type_code, province, region. */
    @Override
    public Iterator<Row> call(String figure, Iterator<Row> rows) {
        int year = 0;
        String level = null;
        String key = null;
        Map<String, Group> groups = new LinkedHashMap<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            year = r.getInt(0);
            level = r.getString(1);
            key = r.getString(2);
            String agency = r.getString(3);
            double score = r.getDouble(4);
            String[] keys = {"all", r.getString(5), r.getString(6), r.getString(7)};
            for (int g = 0; g < GROUPS.length; g++) {
                if (keys[g] != null) { // an agency without a type or a province is in no such group
                    groups.computeIfAbsent(GROUPS[g] + '\u0000' + keys[g], k -> new Group()).add(agency, score);
                }
            }
        }
        boolean ranked = "total".equals(level) || "tool".equals(level);
        List<Row> out = new ArrayList<>();
        for (Map.Entry<String, Group> e : groups.entrySet()) {
            String[] groupKey = e.getKey().split("\u0000", 2);
            Group group = e.getValue();
            if (ranked) { // before the summary: it sorts the scores in place
                GroupRanks ranks = new GroupRanks(group.scores, group.count);
                for (int i = 0; i < group.count; i++) {
                    double score = group.scores[i];
                    out.add(RowFactory.create(RANK, null, RowFactory.create(group.agencies.get(i), year, groupKey[0],
                            groupKey[1], level, key, score, ranks.rank(score), ranks.n(), ranks.percentile(score))));
                }
            }
            GroupSummary s = GroupSummary.of(group.scores, group.count);
            out.add(RowFactory.create(STATS, RowFactory.create(year, groupKey[0], groupKey[1], level, key, s.n(), s.mean(),
                    s.p10(), s.p25(), s.p50(), s.p75(), s.p90()), null));
        }
        return out.iterator();
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
