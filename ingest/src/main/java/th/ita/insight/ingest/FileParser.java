package th.ita.insight.ingest;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import th.ita.insight.agency.ProvinceRegistry;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.ingest.read.InputShape;
import th.ita.insight.ingest.read.RawRow;
import th.ita.insight.ingest.read.TableSource;
import th.ita.insight.ingest.read.TableSources;
import th.ita.insight.ingest.read.UnreadableInputException;
import th.ita.insight.ingest.validate.CanonicalScore;
import th.ita.insight.ingest.validate.Layout;
import th.ita.insight.ingest.validate.RowInterpreter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Spark task body: streams one input file, a file per task, never held in memory whole. It reads the
 * file in one of two passes ({@link IngestJob} says why two):
 * <ul>
 *   <li>{@link #lines}: per line and level the agency-year and how many scores it loaded (no score
 *   itself), every reject, and a last row of file statistics ({@link CanonicalRows#LINES});</li>
 *   <li>{@link #scores}: the canonical scores ({@link CanonicalRows#CANONICAL}) of the agency-years in a
 *   given set, or of all the others.</li>
 * </ul>
 */
final class FileParser implements FlatMapFunction<String, Row> {
    private final InputShape forced;
    private final boolean lines;
    private final Set<String> agencyYears;
    private final boolean inSet;

    private FileParser(InputShape forced, boolean lines, Set<String> agencyYears, boolean inSet) {
        this.forced = forced;
        this.lines = lines;
        this.agencyYears = agencyYears;
        this.inSet = inSet;
    }

    static FileParser lines(InputShape forced) {
        return new FileParser(forced, true, Set.of(), false);
    }

    /**
     * @param agencyYears {@link #agencyYear} keys
     * @param inSet       true: only the scores of those agency-years; false: every score but theirs
     */
    static FileParser scores(InputShape forced, Set<String> agencyYears, boolean inSet) {
        return new FileParser(forced, false, Set.copyOf(agencyYears), inSet);
    }

    /** Between an agency-year key's two parts: a character no agency id contains. */
    static final String AGENCY_YEAR_SEPARATOR = "\u0001";

    static String agencyYear(String agencyId, int fiscalYear) {
        return agencyId + AGENCY_YEAR_SEPARATOR + fiscalYear;
    }

    @Override
    public Iterator<Row> call(String fileName) {
        Path file = Path.of(fileName);
        TableSource source = TableSources.open(file, forced);
        Layout layout = Layout.analyse(source.header(), forced).orElseThrow(() ->
                new UnreadableInputException(file, "header changed while reading", "หัวตารางเปลี่ยนระหว่างอ่าน"));
        RowInterpreter interpreter = new RowInterpreter(fileName, layout, Catalogs.bundled(), ProvinceRegistry.bundled());
        String rowScope = layout.figureCanRepeatWithinRow() ? CanonicalRows.SCOPE_ROW_REPEATING : CanonicalRows.SCOPE_ROW;
        boolean longLines = layout.shape() == InputShape.LONG;
        Iterator<RawRow> rows = source.rows();
        return new Iterator<>() {
            private final List<Row> pending = new ArrayList<>();
            private int next;
            private long count;
            private boolean finished;

            @Override
            public boolean hasNext() {
                while (next >= pending.size() && !finished) {
                    pending.clear();
                    next = 0;
                    if (rows.hasNext()) {
                        RawRow row = rows.next();
                        count++;
                        RowInterpreter.Result result = interpreter.interpret(row);
                        if (lines) {
                            addLines(result.scores());
                            result.rejects().forEach(r -> pending.add(CanonicalRows.reject(r)));
                        } else {
                            for (CanonicalScore s : result.scores()) {
                                if (agencyYears.contains(agencyYear(s.agencyId(), s.fiscalYear())) == inSet) {
                                    pending.add(CanonicalRows.score(s));
                                }
                            }
                        }
                    } else {
                        if (lines) {
                            pending.add(CanonicalRows.fileStats(fileName, count, layout.shape().name(), source.description()));
                        }
                        finished = true;
                        close();
                    }
                }
                return next < pending.size();
            }

            /** One row per level the line loaded scores at (a wide row may hold a total, tools, indicators and items). */
            private void addLines(List<CanonicalScore> scores) {
                if (scores.isEmpty()) {
                    return;
                }
                Map<CanonicalScore.Level, long[]> perLevel = new LinkedHashMap<>();
                Map<CanonicalScore.Level, CanonicalScore> firsts = new LinkedHashMap<>();
                for (CanonicalScore s : scores) {
                    perLevel.computeIfAbsent(s.level(), l -> new long[1])[0]++;
                    firsts.putIfAbsent(s.level(), s);
                }
                firsts.forEach((level, first) -> pending.add(CanonicalRows.line(first,
                        longLines ? CanonicalRows.figureKey(first) : rowScope, perLevel.get(level)[0])));
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return pending.get(next++);
            }

            private void close() {
                try {
                    source.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

}
