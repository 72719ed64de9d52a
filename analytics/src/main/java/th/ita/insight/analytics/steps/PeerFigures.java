package th.ita.insight.analytics.steps;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The map side of the peer groups: the roll-up's agencies of one partition, each holding every figure
 * of every year, turned around into one row per figure (year, level, key) with the numbers
 * ({@link PeerMembers}) and scores of those agencies. A figure then crosses the shuffle as a row or two of
 * arrays instead of ~8,300 rows to be sorted — at national size ~10 thousand rows instead of ~5.4 million.
 */
final class PeerFigures implements MapPartitionsFunction<Row, Row> {
    static final StructType FIGURE_SCORES = new StructType()
            .add("fiscal_year", DataTypes.IntegerType, false)
            .add("level", DataTypes.StringType, false)
            .add("key", DataTypes.StringType, false)
            .add("members", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
            .add("scores", DataTypes.createArrayType(DataTypes.DoubleType, false), false);

    private final Broadcast<PeerMembers> members;

    PeerFigures(Broadcast<PeerMembers> members) {
        this.members = members;
    }

    private record Figure(int year, String level, String key) {
    }

    /** One figure's agencies and scores in this partition, growing as they come. */
    private static final class Scores {
        private int[] members = new int[64];
        private double[] scores = new double[64];
        private int count;

        void add(int member, double score) {
            if (count == members.length) {
                members = Arrays.copyOf(members, count * 2);
                scores = Arrays.copyOf(scores, count * 2);
            }
            members[count] = member;
            scores[count++] = score;
        }
    }

    /** @param agencies agency_id, its figures ({@link RollupFunction#FIGURE_ROW}) */
    @Override
    public Iterator<Row> call(Iterator<Row> agencies) {
        PeerMembers table = members.value();
        Map<Figure, Scores> byFigure = new HashMap<>();
        while (agencies.hasNext()) {
            Row agency = agencies.next();
            int member = table.number(agency.getString(0));
            if (member < 0) {
                continue;
            }
            for (Row f : agency.<Row>getList(1)) {
                byFigure.computeIfAbsent(new Figure(f.getInt(0), f.getString(1), f.getString(2)), k -> new Scores())
                        .add(member, f.getDouble(3));
            }
        }
        List<Row> out = new ArrayList<>(byFigure.size());
        byFigure.forEach((figure, s) -> out.add(RowFactory.create(figure.year(), figure.level(), figure.key(),
                Arrays.copyOf(s.members, s.count), Arrays.copyOf(s.scores, s.count))));
        return out.iterator();
    }
}
