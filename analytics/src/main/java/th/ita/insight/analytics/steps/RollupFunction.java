package th.ita.insight.analytics.steps;

import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
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
import java.util.TreeMap;

import static scala.jdk.javaapi.CollectionConverters.asScala;

/**
 * Applies the pure {@link ScoreRollup} to each year of one agency's canonical rows (a group of ~90 rows
 * per year) and emits one row per agency: an array per derived table, and the agency's figures — total,
 * tools, indicators as rolled up, questions as stored — which the peer groups and the per-agency analysis
 * read from the cached roll-up instead of reading the store again.
 * <pre>
 * agency_id       indicator            tool             total            note  figure
 * sao-91-…        [(…, 2566, IIT, 1…)] [(…, IIT, 98.45)] [(…, 2566, 96.98)] []   [(2566, question, i1, 99.1), …]
 * </pre>
 */
final class RollupFunction implements MapGroupsFunction<Row, Row, Row> {
    static final String INDICATOR = "indicator";
    static final String TOOL = "tool";
    static final String TOTAL = "total";
    static final String NOTE = "note";
    static final String FIGURE = "figure";

    /** One figure of an agency-year, at any level: the unit of the peer groups and of the analysis. */
    static final StructType FIGURE_ROW = new StructType()
            .add("fiscal_year", DataTypes.IntegerType, false)
            .add("level", DataTypes.StringType, false)
            .add("key", DataTypes.StringType, false)
            .add("score", DataTypes.DoubleType, false);

    static final StructType PER_AGENCY = new StructType()
            .add("agency_id", DataTypes.StringType, false)
            .add(INDICATOR, DataTypes.createArrayType(DerivedRows.INDICATOR, false), false)
            .add(TOOL, DataTypes.createArrayType(DerivedRows.TOOL, false), false)
            .add(TOTAL, DataTypes.createArrayType(DerivedRows.TOTAL, false), false)
            .add(NOTE, DataTypes.createArrayType(DerivedRows.NOTE, false), false)
            .add(FIGURE, DataTypes.createArrayType(FIGURE_ROW, false), false);

    /** One agency-year's canonical rows, as the pure roll-up takes them. */
    private static final class YearInput {
        final Map<String, Double> items = new HashMap<>();
        final Map<Integer, Published> indicators = new HashMap<>();
        final Map<Tool, Published> tools = new EnumMap<>(Tool.class);
        Published total;
    }

    /** The rows of one agency, grouped per table as {@link #PER_AGENCY} holds them. */
    private static final class Out {
        final List<Row> indicators = new ArrayList<>();
        final List<Row> tools = new ArrayList<>();
        final List<Row> totals = new ArrayList<>();
        final List<Row> notes = new ArrayList<>();
        final List<Row> figures = new ArrayList<>();
    }

    @Override
    public Row call(Row agency, Iterator<Row> rows) {
        String agencyId = agency.getString(0);
        Map<Integer, YearInput> years = new TreeMap<>();
        int[] at = null; // column positions, looked up once per group rather than by name per row
        while (rows.hasNext()) {
            Row r = rows.next();
            if (at == null) {
                at = new int[]{r.fieldIndex("fiscal_year"), r.fieldIndex("score"),
                        r.fieldIndex("source_file"), r.fieldIndex("source_line"), r.fieldIndex("level"),
                        r.fieldIndex("question"), r.fieldIndex("indicator"), r.fieldIndex("tool"),
                        r.fieldIndex("published_label")};
            }
            YearInput in = years.computeIfAbsent(r.getInt(at[0]), y -> new YearInput());
            double score = r.getDouble(at[1]);
            Provenance from = new Provenance(r.getString(at[2]), r.getLong(at[3]));
            switch (r.getString(at[4])) {
                case "question" -> in.items.put(r.getString(at[5]), score);
                case "indicator" -> in.indicators.put(r.getInt(at[6]), Published.of(score, from));
                case "tool" -> in.tools.put(Tool.valueOf(r.getString(at[7])), Published.of(score, from));
                default -> in.total = new Published(score, r.getString(at[8]), from);
            }
        }
        Out out = new Out();
        years.forEach((year, in) -> {
            // Ingest admits only years that have a catalog, so this lookup cannot miss.
            YearCatalog catalog = Catalogs.bundled().forYear(year).orElseThrow();
            AgencyYearRollup rollup = new ScoreRollup(catalog)
                    .rollUp(new AgencyYearInput(in.items, in.indicators, in.tools, in.total));
            addRows(agencyId, year, rollup, out);
            in.items.forEach((code, score) -> out.figures.add(RowFactory.create(year, "question", code, score)));
        });
        // In PER_AGENCY order; Spark's row encoder takes Scala sequences (asScala wraps, no copy).
        return RowFactory.create(agencyId, asScala(out.indicators), asScala(out.tools), asScala(out.totals),
                asScala(out.notes), asScala(out.figures));
    }

    private static void addRows(String agencyId, int year, AgencyYearRollup rollup, Out out) {
        for (IndicatorScore s : rollup.indicators().values()) {
            Provenance p = s.source();
            double score = Rounding.twoDecimals(s.score());
            out.indicators.add(RowFactory.create(agencyId, year, s.tool().name(), s.indicator(), score,
                    s.origin() == IndicatorScore.Origin.ITEMS ? "items" : "input",
                    s.itemsScored(), s.itemsExpected(), p == null ? null : p.file(), p == null ? null : p.line()));
            out.figures.add(RowFactory.create(year, "indicator", String.valueOf(s.indicator()), score));
        }
        rollup.tools().forEach((tool, f) -> {
            out.tools.add(RowFactory.create(agencyId, year, tool.name(), f.shown(), source(f), round(f.computed()),
                    f.published() == null ? null : f.published().value(), file(f), line(f)));
            out.figures.add(RowFactory.create(year, "tool", tool.name(), f.shown()));
        });
        Figure t = rollup.total();
        if (t != null) {
            Grade g = rollup.grade();
            out.totals.add(RowFactory.create(agencyId, year, t.shown(), source(t), round(t.computed()),
                    t.published() == null ? null : t.published().value(),
                    t.published() == null ? null : t.published().label(),
                    g == null ? null : g.code(), g == null ? null : g.labelTh(), g == null ? null : g.labelEn(),
                    g == null ? null : g.pass(), g == null ? null : g.basis().name().toLowerCase(Locale.ROOT),
                    shown(rollup, Tool.IIT), shown(rollup, Tool.EIT), shown(rollup, Tool.OIT), file(t), line(t)));
            out.figures.add(RowFactory.create(year, "total", "total", t.shown()));
        }
        for (Note n : rollup.notes()) {
            out.notes.add(RowFactory.create(agencyId, year, n.kind().name().toLowerCase(Locale.ROOT),
                    n.level(), n.key(), n.published(), round(n.computed()), n.messageTh(), n.messageEn()));
        }
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
