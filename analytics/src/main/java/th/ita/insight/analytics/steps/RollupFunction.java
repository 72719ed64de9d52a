package th.ita.insight.analytics.steps;

import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.catalog.Tool;
import th.ita.insight.catalog.YearCatalog;
import th.ita.insight.scoring.AgencyYearInput;
import th.ita.insight.scoring.AgencyYearRollup;
import th.ita.insight.scoring.Figure;
import th.ita.insight.scoring.Grade;
import th.ita.insight.scoring.IndicatorScore;
import th.ita.insight.scoring.Note;
import th.ita.insight.scoring.Provenance;
import th.ita.insight.scoring.Published;
import th.ita.insight.scoring.Rounding;
import th.ita.insight.scoring.ScoreRollup;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Applies the pure {@link ScoreRollup} to one agency-year's canonical rows (a group of ~90) and emits
 * one tagged row per derived figure or note; {@link RollupStep} splits them into the tables.
 */
final class RollupFunction implements FlatMapGroupsFunction<Row, Row, Row> {
    static final String INDICATOR = "indicator";
    static final String TOOL = "tool";
    static final String TOTAL = "total";
    static final String NOTE = "note";

    @Override
    public Iterator<Row> call(Row agencyYear, Iterator<Row> rows) {
        Map<String, Double> items = new HashMap<>();
        Map<Integer, Published> indicators = new HashMap<>();
        Map<Tool, Published> tools = new EnumMap<>(Tool.class);
        Published total = null;
        String agencyId = null;
        int year = 0;
        int[] at = null; // column positions, looked up once per group rather than by name per row
        while (rows.hasNext()) {
            Row r = rows.next();
            if (at == null) {
                at = new int[]{r.fieldIndex("agency_id"), r.fieldIndex("fiscal_year"), r.fieldIndex("score"),
                        r.fieldIndex("source_file"), r.fieldIndex("source_line"), r.fieldIndex("level"),
                        r.fieldIndex("question"), r.fieldIndex("indicator"), r.fieldIndex("tool"),
                        r.fieldIndex("published_label")};
            }
            agencyId = r.getString(at[0]);
            year = r.getInt(at[1]);
            double score = r.getDouble(at[2]);
            Provenance from = new Provenance(r.getString(at[3]), r.getLong(at[4]));
            switch (r.getString(at[5])) {
                case "question" -> items.put(r.getString(at[6]), score);
                case "indicator" -> indicators.put(r.getInt(at[7]), Published.of(score, from));
                case "tool" -> tools.put(Tool.valueOf(r.getString(at[8])), Published.of(score, from));
                default -> total = new Published(score, r.getString(at[9]), from);
            }
        }
        // Ingest admits only years that have a catalog, so this lookup cannot miss.
        YearCatalog catalog = Catalogs.bundled().forYear(year).orElseThrow();
        AgencyYearRollup rollup = new ScoreRollup(catalog).rollUp(new AgencyYearInput(items, indicators, tools, total));
        return toRows(agencyId, year, rollup).iterator();
    }

    static List<Row> toRows(String agencyId, int year, AgencyYearRollup rollup) {
        List<Row> out = new ArrayList<>();
        for (IndicatorScore s : rollup.indicators().values()) {
            Provenance p = s.source();
            out.add(tagged(INDICATOR, RowFactory.create(agencyId, year, s.tool().name(), s.indicator(),
                    Rounding.twoDecimals(s.score()), s.origin() == IndicatorScore.Origin.ITEMS ? "items" : "input",
                    s.itemsScored(), s.itemsExpected(), p == null ? null : p.file(), p == null ? null : p.line())));
        }
        rollup.tools().forEach((tool, f) -> out.add(tagged(TOOL, RowFactory.create(agencyId, year, tool.name(),
                f.shown(), source(f), round(f.computed()), f.published() == null ? null : f.published().value(),
                file(f), line(f)))));
        Figure t = rollup.total();
        if (t != null) {
            Grade g = rollup.grade();
            out.add(tagged(TOTAL, RowFactory.create(agencyId, year, t.shown(), source(t), round(t.computed()),
                    t.published() == null ? null : t.published().value(),
                    t.published() == null ? null : t.published().label(),
                    g == null ? null : g.code(), g == null ? null : g.labelTh(), g == null ? null : g.labelEn(),
                    g == null ? null : g.pass(), g == null ? null : g.basis().name().toLowerCase(Locale.ROOT),
                    shown(rollup, Tool.IIT), shown(rollup, Tool.EIT), shown(rollup, Tool.OIT), file(t), line(t))));
        }
        for (Note n : rollup.notes()) {
            out.add(tagged(NOTE, RowFactory.create(agencyId, year, n.kind().name().toLowerCase(Locale.ROOT),
                    n.level(), n.key(), n.published(), round(n.computed()), n.messageTh(), n.messageEn())));
        }
        return out;
    }

    /** kind, then one struct column per kind, only the kind's own filled. */
    private static Row tagged(String kind, Row row) {
        return RowFactory.create(kind, kind.equals(INDICATOR) ? row : null, kind.equals(TOOL) ? row : null,
                kind.equals(TOTAL) ? row : null, kind.equals(NOTE) ? row : null);
    }

    private static String source(Figure f) {
        return f.source() == Figure.Source.PUBLISHED ? "published" : "computed";
    }

    private static Double round(Double value) {
        return Rounding.twoDecimalsOrNull(value);
    }

    private static Double shown(AgencyYearRollup rollup, Tool tool) {
        Figure f = rollup.tools().get(tool);
        return f == null ? null : f.shown();
    }

    private static String file(Figure f) {
        return f.published() == null || f.published().provenance() == null ? null : f.published().provenance().file();
    }

    private static Long line(Figure f) {
        return f.published() == null || f.published().provenance() == null ? null : f.published().provenance().line();
    }
}
