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
import th.ita.insight.ingest.validate.Layout;
import th.ita.insight.ingest.validate.RowInterpreter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Spark task body: streams one input file and emits its canonical score rows, its rejects, and a last
 * row of file statistics. Files are the unit of parallelism; a file is never held in memory whole.
 */
final class FileParser implements FlatMapFunction<String, Row> {
    private final InputShape forced;

    FileParser(InputShape forced) {
        this.forced = forced;
    }

    @Override
    public Iterator<Row> call(String fileName) {
        Path file = Path.of(fileName);
        TableSource source = TableSources.open(file, forced);
        Layout layout = Layout.analyse(source.header(), forced).orElseThrow(() ->
                new UnreadableInputException(file, "header changed while reading", "หัวตารางเปลี่ยนระหว่างอ่าน"));
        RowInterpreter interpreter = new RowInterpreter(fileName, layout, Catalogs.bundled(), ProvinceRegistry.bundled());
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
                        result.scores().forEach(s -> pending.add(CanonicalRows.score(s)));
                        result.rejects().forEach(r -> pending.add(CanonicalRows.reject(r)));
                    } else {
                        pending.add(CanonicalRows.fileStats(fileName, count, layout.shape().name(), source.description()));
                        finished = true;
                        close();
                    }
                }
                return next < pending.size();
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
