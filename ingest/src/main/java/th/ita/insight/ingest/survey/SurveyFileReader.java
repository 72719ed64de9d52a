package th.ita.insight.ingest.survey;

import th.ita.insight.catalog.CatalogItem;
import th.ita.insight.catalog.Tool;
import th.ita.insight.catalog.YearCatalog;
import th.ita.insight.ingest.read.RawRow;
import th.ita.insight.ingest.read.TableSource;
import th.ita.insight.ingest.read.TableSources;
import th.ita.insight.ingest.read.UnreadableInputException;
import th.ita.insight.ingest.validate.Reject;
import th.ita.insight.ingest.validate.RejectReason;
import th.ita.insight.survey.AnswerCoder;
import th.ita.insight.survey.AnswerMatrix;
import th.ita.insight.survey.ColumnMatch;
import th.ita.insight.survey.ColumnMatcher;
import th.ita.insight.survey.SurveyCoding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a survey export (CSV in UTF-8 or Windows-874, or XLSX, through the batch's own readers) one
 * respondent at a time into an in-memory {@link AnswerMatrix} of coded answers. Ignored columns
 * (timestamp, e-mail, free text) are never read into anything; the file is closed when this returns.
 */
public final class SurveyFileReader {
    private static final int SHOWN_VALUE = 40;

    private final YearCatalog catalog;
    private final Tool tool;
    private final SurveyCoding coding;
    private final Map<String, String> mapping;

    public SurveyFileReader(YearCatalog catalog, Tool tool, SurveyCoding coding, Map<String, String> mapping) {
        this.catalog = catalog;
        this.tool = tool;
        this.coding = coding;
        this.mapping = mapping;
    }

    /** @throws UnreadableInputException when the file cannot be read or no column is a question of the tool */
    public SurveyRead read(Path file, String fileLabel) {
        ColumnMatcher matcher = new ColumnMatcher(catalog, tool, mapping);
        try (TableSource source = TableSources.open(file,
                header -> matcher.match(header).stream().anyMatch(ColumnMatch::isQuestion))) {
            List<ColumnMatch> columns = matcher.match(source.header());
            if (columns.stream().noneMatch(ColumnMatch::isQuestion)) {
                throw new UnreadableInputException(file, "no column is an " + tool + " question of FY" + catalog.fiscalYear()
                        + " (put the code, e.g. i1, in the header, or pass --map)",
                        "ไม่มีคอลัมน์ใดเป็นข้อคำถาม " + tool + " ของปี " + catalog.fiscalYear()
                                + " (ใส่รหัส เช่น i1 ในหัวคอลัมน์ หรือใช้ --map)");
            }
            List<Reject> rejects = new ArrayList<>(columnRejects(fileLabel, columns));
            List<String> codes = catalog.items().stream().filter(i -> i.tool() == tool).map(CatalogItem::code).toList();
            AnswerMatrix matrix = new AnswerMatrix(codes);
            AnswerCoder coder = new AnswerCoder(coding);
            List<ColumnMatch> questions = columns.stream().filter(ColumnMatch::isQuestion).toList();
            long rows = 0;
            Iterator<RawRow> it = source.rows();
            while (it.hasNext()) {
                RawRow row = it.next();
                rows++;
                for (ColumnMatch c : questions) {
                    String cell = row.cell(c.index());
                    CatalogItem item = catalog.item(c.code()).orElseThrow();
                    if (cell != null && cell.indexOf('\uFFFD') >= 0) {
                        rejects.add(Reject.of(fileLabel, row.line(), c.header(), shown(cell), RejectReason.BAD_ENCODING));
                        continue;
                    }
                    AnswerCoder.Coded coded = coder.code(item, cell);
                    switch (coded.kind()) {
                        case POINTS -> matrix.add(c.code(), coded.points());
                        case UNKNOWN -> rejects.add(Reject.of(fileLabel, row.line(), c.header(), shown(cell),
                                RejectReason.UNKNOWN_ANSWER, c.code() + " รับ " + AnswerCoder.expected(item),
                                c.code() + " takes " + AnswerCoder.expected(item)));
                        case BLANK -> { }
                    }
                }
                matrix.endRespondent();
            }
            return new SurveyRead(source.description(), columns, matrix, subItems(questions), rejects, rows);
        } catch (IOException e) {
            throw new UnreadableInputException(file, "cannot read: " + e.getMessage(), "อ่านไฟล์ไม่ได้: " + e.getMessage(), e);
        }
    }

    /** Columns set aside are rejects of the header line, so the summary and exit code say so. */
    private static List<Reject> columnRejects(String file, List<ColumnMatch> columns) {
        List<Reject> out = new ArrayList<>();
        for (ColumnMatch c : columns) {
            if (c.kind() == ColumnMatch.Kind.UNMATCHED) {
                out.add(Reject.of(file, 1, c.letter(), shown(c.header()), RejectReason.UNMATCHED_COLUMN,
                        th(c.how()), en(c.how())));
            } else if (c.kind() == ColumnMatch.Kind.DUPLICATE) {
                out.add(Reject.of(file, 1, c.letter(), shown(c.header()), RejectReason.DUPLICATE_COLUMN,
                        th(c.how()), en(c.how())));
            }
        }
        return out;
    }

    /** Questions asked in parts: code → number of sub-item columns. */
    private static Map<String, Integer> subItems(List<ColumnMatch> questions) {
        Map<String, Set<String>> subs = new HashMap<>();
        questions.stream().filter(c -> c.subItem() != null)
                .forEach(c -> subs.computeIfAbsent(c.code(), k -> new HashSet<>()).add(c.subItem()));
        Map<String, Integer> out = new HashMap<>();
        subs.forEach((k, v) -> out.put(k, v.size()));
        return out;
    }

    private static String shown(String s) {
        return s == null ? "" : s.length() > SHOWN_VALUE ? s.substring(0, SHOWN_VALUE) + "…" : s;
    }

    private static String th(String how) {
        int slash = how.indexOf(" / ");
        return slash < 0 ? how : how.substring(0, slash);
    }

    private static String en(String how) {
        int slash = how.indexOf(" / ");
        return slash < 0 ? how : how.substring(slash + 3);
    }
}
