package th.ita.insight.analytics.steps;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.catalog.YearCatalog;
import th.ita.insight.measures.MeasureCatalog;
import th.ita.insight.measures.Recommendation;
import th.ita.insight.measures.Recommender;
import th.ita.insight.trends.Trend;
import th.ita.insight.trends.TrendCalculator;
import th.ita.insight.weakitems.WeakItem;
import th.ita.insight.weakitems.WeakItemConfig;
import th.ita.insight.weakitems.WeakItemRules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static scala.jdk.javaapi.CollectionConverters.asScala;

/**
 * One agency's whole history in, its weak items, recommended measures and trends out. Years are
 * walked oldest first so a weak streak carries into the next comparable year. The rules are the
 * data module's; this class only feeds them and gathers their results into one row for {@link AnalysisStep}.
 */
final class AgencyAnalysisFunction implements MapFunction<Row, Row> {
    private final WeakItemConfig config;
    private final Broadcast<PeerMedians> medians;
    // Built once per task, not per agency (the recommender remembers each measure's codes per year).
    private transient Catalogs catalogs;
    private transient WeakItemRules rules;
    private transient Recommender recommender;
    private transient TrendCalculator trendCalculator;

    AgencyAnalysisFunction(WeakItemConfig config, Broadcast<PeerMedians> medians) {
        this.config = config;
        this.medians = medians;
    }

    /** One agency-year's figures at one level: key → score, peer median, peer p75. */
    private static final class Level {
        /** key → the peer quartiles this level's figures are judged against; null when there are none */
        final Map<String, PeerMedians.Quartiles> peers;
        final Map<String, Double> scores = new HashMap<>();
        final Map<String, Double> medians = new HashMap<>();
        final Map<String, Double> p75 = new HashMap<>();

        Level(Map<String, PeerMedians.Quartiles> peers) {
            this.peers = peers;
        }
    }

    /** @param agency agency_id, its figures ({@link RollupFunction#FIGURE_ROW}), agency_type_code */
    @Override
    public Row call(Row agency) {
        String agencyId = agency.getString(0);
        String typeCode = agency.isNullAt(2) ? null : agency.getString(2);
        if (catalogs == null) {
            catalogs = Catalogs.bundled();
            rules = new WeakItemRules(config);
            recommender = new Recommender(config, MeasureCatalog.bundled(), catalogs);
            trendCalculator = new TrendCalculator(catalogs);
        }
        PeerMedians peers = medians.value();
        Map<Integer, Map<String, Level>> years = new TreeMap<>();
        for (Row f : agency.<Row>getList(1)) { // fiscal_year, level, key, score
            int year = f.getInt(0);
            String levelName = f.getString(1);
            String key = f.getString(2);
            Level level = years.computeIfAbsent(year, y -> new HashMap<>())
                    .computeIfAbsent(levelName, l -> new Level(peers.forYear(year, typeCode).get(levelName)));
            level.scores.put(key, f.getDouble(3));
            PeerMedians.Quartiles q = level.peers == null ? null : level.peers.get(key);
            if (q != null) {
                level.medians.put(key, q.median());
                level.p75.put(key, q.p75());
            }
        }
        List<Row> weakItems = new ArrayList<>();
        List<Row> recommendations = new ArrayList<>();
        List<Row> recommendationItems = new ArrayList<>();
        Map<String, Integer> streak = Map.of();
        Map<String, Integer> indicatorStreak = Map.of();
        int previousYear = Integer.MIN_VALUE;
        for (Map.Entry<Integer, Map<String, Level>> year : years.entrySet()) {
            YearCatalog catalog = catalogs.forYear(year.getKey()).orElseThrow();
            boolean consecutive = year.getKey() == previousYear + 1 && !catalog.methodBreak();
            Level questions = year.getValue().get("question");
            Level indicators = year.getValue().get("indicator");
            List<WeakItem> weak;
            Map<String, Double> p75;
            if (questions != null) {
                weak = rules.evaluateItems(catalog, questions.scores, questions.medians, questions.p75,
                        year.getKey() == previousYear + 1 ? WeakItemRules.carry(catalog, streak) : Map.of());
                p75 = questions.p75;
            } else if (indicators != null) {
                weak = rules.evaluateIndicators(catalog, intKeys(indicators.scores), intKeys(indicators.medians), indicators.p75,
                        consecutive ? indicatorStreak : Map.of());
                p75 = indicators.p75;
            } else {
                weak = List.of();
                p75 = Map.of();
            }
            streak = weak.stream().filter(w -> w.level() == WeakItem.Level.ITEM)
                    .collect(Collectors.toMap(WeakItem::key, WeakItem::yearsWeak));
            indicatorStreak = weak.stream().filter(w -> w.level() == WeakItem.Level.INDICATOR)
                    .collect(Collectors.toMap(WeakItem::key, WeakItem::yearsWeak));
            previousYear = year.getKey();
            weak.forEach(w -> weakItems.add(weakRow(agencyId, year.getKey(), w)));
            for (Recommendation r : recommender.recommend(catalog, weak, p75)) {
                recommendations.add(recommendationRow(agencyId, year.getKey(), r));
                for (Recommendation.Contribution c : r.items()) {
                    recommendationItems.add(RowFactory.create(agencyId, year.getKey(), r.measure().id(),
                            c.code(), c.score(), c.target(), c.share(), c.gain()));
                }
            }
        }
        // In AnalysisRows.TABLES order; Spark's row encoder takes Scala sequences (asScala wraps, no copy).
        return RowFactory.create(asScala(weakItems), asScala(recommendations), asScala(recommendationItems),
                asScala(trends(agencyId, years, trendCalculator)));
    }

    private static List<Row> trends(String agencyId, Map<Integer, Map<String, Level>> years, TrendCalculator calculator) {
        List<Row> out = new ArrayList<>();
        Map<String, Map<String, Map<Integer, Double>>> series = new TreeMap<>();
        Map<Integer, Map<String, Double>> questions = new TreeMap<>();
        years.forEach((year, levels) -> levels.forEach((level, l) -> {
            if (level.equals("question")) {
                questions.put(year, l.scores);
            } else {
                l.scores.forEach((key, score) -> series.computeIfAbsent(level, k -> new TreeMap<>())
                        .computeIfAbsent(key, k -> new TreeMap<>()).put(year, score));
            }
        }));
        series.forEach((level, keys) -> keys.forEach((key, byYear) -> calculator.ofFigure(byYear)
                .forEach(t -> out.add(trendRow(agencyId, level, key, t)))));
        if (!questions.isEmpty()) {
            int latest = ((TreeMap<Integer, Map<String, Double>>) questions).lastKey();
            for (String code : new TreeMap<>(questions.get(latest)).keySet()) {
                calculator.ofQuestion(questions, latest, code)
                        .ifPresent(t -> out.add(trendRow(agencyId, "question", code, t)));
            }
        }
        return out;
    }

    private static Row weakRow(String agencyId, int year, WeakItem w) {
        return RowFactory.create(agencyId, year, w.level().name().toLowerCase(Locale.ROOT), w.key(), w.tool().name(),
                w.indicator(), w.score(), w.peerMedian(), w.gap(),
                w.reasons().stream().map(r -> r.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(",")),
                w.yearsWeak(), w.severity().name().toLowerCase(Locale.ROOT), w.reasonTh(), w.reasonEn());
    }

    private static Row recommendationRow(String agencyId, int year, Recommendation r) {
        return RowFactory.create(agencyId, year, r.rank(), r.measure().id(), r.measure().theme().titleTh(),
                r.measure().theme().titleEn(), r.measure().titleTh(), r.measure().titleEn(), r.expectedGain(),
                r.items().stream().map(Recommendation.Contribution::code).filter(c -> !c.startsWith("o"))
                        .collect(Collectors.joining(",")),
                String.join(",", r.oitRefs()), r.rationaleTh(), r.rationaleEn());
    }

    private static Row trendRow(String agencyId, String level, String key, Trend t) {
        return RowFactory.create(agencyId, level, key, t.firstYear(), t.lastYear(), t.years(), t.first(), t.last(),
                t.deltaYoy(), t.slope(), t.direction().name().toLowerCase(Locale.ROOT), t.methodChanged());
    }

    private static Map<Integer, Double> intKeys(Map<String, Double> byKey) {
        Map<Integer, Double> out = new HashMap<>();
        byKey.forEach((k, v) -> out.put(Integer.parseInt(k), v));
        return out;
    }
}
