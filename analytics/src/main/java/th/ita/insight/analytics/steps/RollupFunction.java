package th.ita.insight.analytics.steps;

import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.catalog.GradeBand;
import th.ita.insight.catalog.Tool;
import th.ita.insight.catalog.YearCatalog;
import th.ita.insight.scoring.AgencyYearRollup;
import th.ita.insight.scoring.IndicatorScore;
import th.ita.insight.scoring.Rounding;
import th.ita.insight.scoring.ScoreRollup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Applies the pure {@link ScoreRollup} to one agency-year's canonical rows (a group of ~90) and emits
 * its indicator, tool and total rows. Spark only groups; the arithmetic lives in the data module.
 */
final class RollupFunction implements FlatMapGroupsFunction<String, Row, Row> {

    @Override
    public Iterator<Row> call(String key, Iterator<Row> rows) {
        Map<String, Double> items = new HashMap<>();
        Map<Integer, Double> indicators = new HashMap<>();
        String agencyId = null;
        int year = 0;
        while (rows.hasNext()) {
            Row r = rows.next();
            agencyId = r.getAs("agency_id");
            year = r.<Integer>getAs("fiscal_year");
            String question = r.getAs("question");
            double score = r.<Double>getAs("score");
            if (question == null) {
                indicators.put(r.<Integer>getAs("indicator"), score);
            } else {
                items.put(question, score);
            }
        }
        // Ingest admits only years that have a catalog, so this lookup cannot miss.
        YearCatalog catalog = Catalogs.bundled().forYear(year).orElseThrow();
        AgencyYearRollup rollup = new ScoreRollup(catalog).rollUp(items, indicators);
        return toRows(agencyId, year, rollup).iterator();
    }

    static List<Row> toRows(String agencyId, int year, AgencyYearRollup rollup) {
        List<Row> out = new ArrayList<>();
        for (IndicatorScore s : rollup.indicators().values()) {
            out.add(RowFactory.create("indicator", agencyId, year, s.tool().name(), s.indicator(),
                    Rounding.twoDecimals(s.score()), s.origin() == IndicatorScore.Origin.ITEMS ? "items" : "input",
                    s.itemsScored(), s.itemsExpected(), null, null, null, null, null, null, null));
        }
        rollup.tools().forEach((tool, score) -> out.add(RowFactory.create("tool", agencyId, year, tool.name(), null,
                Rounding.twoDecimals(score), null, null, null, null, null, null, null, null, null, null)));
        if (rollup.total() != null && rollup.grade() != null) {
            GradeBand g = rollup.grade();
            out.add(RowFactory.create("total", agencyId, year, null, null, rollup.publishedTotal(), null, null, null,
                    g.code(), g.labelTh(), g.labelEn(), g.pass(),
                    Rounding.twoDecimals(rollup.tools().get(Tool.IIT)), Rounding.twoDecimals(rollup.tools().get(Tool.EIT)),
                    Rounding.twoDecimals(rollup.tools().get(Tool.OIT))));
        }
        return out;
    }

    static String key(String agencyId, int year) {
        return agencyId + "|" + String.format(Locale.ROOT, "%d", year);
    }
}
