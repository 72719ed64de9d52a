package th.ita.insight.ingest.validate;

import th.ita.insight.agency.ProvinceRegistry;
import th.ita.insight.catalog.CatalogItem;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.catalog.Framework;
import th.ita.insight.catalog.Indicator;
import th.ita.insight.catalog.Tool;
import th.ita.insight.ingest.read.RawRow;
import th.ita.insight.text.ItemCodes;
import th.ita.insight.text.Parsed;
import th.ita.insight.text.ThaiNumbers;
import th.ita.insight.text.ValueProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one raw row into canonical scores and rejects, checking every value against the fiscal
 * year's catalog. Pure: no Spark, no files; the same row always gives the same answer.
 */
public final class RowInterpreter {
    private static final char REPLACEMENT = '\uFFFD';
    /** What a long file's tool column says for a total. */
    private static final Set<String> TOTAL_WORDS = Set.of("ITA", "TOTAL", "รวม", "คะแนนรวม");

    private final String file;
    private final Layout layout;
    private final SubjectReader subjects;

    public RowInterpreter(String file, Layout layout, Catalogs catalogs, ProvinceRegistry provinces) {
        this.file = file;
        this.layout = layout;
        this.subjects = new SubjectReader(file, layout, catalogs, provinces);
    }

    /** What one row became. */
    public record Result(List<CanonicalScore> scores, List<Reject> rejects) {
    }


    public Result interpret(RawRow row) {
        List<CanonicalScore> scores = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        if (row.broken() != null) {
            rejects.add(Reject.of(file, row.line(), "", "", RejectReason.BROKEN_ROW, row.broken(), row.broken()));
            return new Result(scores, rejects);
        }
        Optional<Reject> encoding = encodingProblem(row);
        if (encoding.isPresent()) {
            rejects.add(encoding.get());
            return new Result(scores, rejects);
        }
        Subject subject = subjects.read(row, rejects);
        if (subject == null) {
            return new Result(scores, rejects);
        }
        switch (layout.shape()) {
            case LONG -> longRow(row, subject, scores, rejects);
            case WIDE, INDICATOR_SUMMARY -> wideRow(row, subject, scores, rejects);
        }
        return new Result(scores, rejects);
    }

    private Optional<Reject> encodingProblem(RawRow row) {
        for (int i = 0; i < row.cells().length; i++) {
            String cell = row.cells()[i];
            if (cell != null && cell.indexOf(REPLACEMENT) >= 0) {
                return Optional.of(Reject.of(file, row.line(), layout.headerAt(i), cell, RejectReason.BAD_ENCODING));
            }
        }
        return Optional.empty();
    }

    private void longRow(RawRow row, Subject subject, List<CanonicalScore> scores, List<Reject> rejects) {
        String toolText = blankToNull(cell(row, Field.TOOL));
        String questionText = blankToNull(cell(row, Field.QUESTION));
        String indicatorText = blankToNull(cell(row, Field.INDICATOR));
        boolean totalTool = toolText == null || TOTAL_WORDS.contains(toolText.toUpperCase(Locale.ROOT));
        Tool tool = totalTool ? null : Tool.parse(toolText).orElse(null);
        if (!totalTool && tool == null) {
            rejects.add(Reject.of(file, row.line(), Field.TOOL.columnName(), toolText, RejectReason.BAD_TOOL));
            return;
        }
        if (questionText == null && indicatorText == null) {
            if (tool == null) {
                score(row, cell(row, Field.SCORE), Field.SCORE.columnName(), true, rejects).ifPresent(s ->
                        scores.add(total(subject, s, cell(row, Field.PUBLISHED_LABEL), row)));
            } else if (componentsAllowed(row, subject, Field.TOOL, toolText, rejects)) {
                score(row, cell(row, Field.SCORE), Field.SCORE.columnName(), true, rejects).ifPresent(s ->
                        scores.add(canonical(subject, tool, null, null, CanonicalScore.Level.TOOL, s, row)));
            }
            return;
        }
        if (!componentsAllowed(row, subject, questionText != null ? Field.QUESTION : Field.INDICATOR,
                questionText != null ? questionText : indicatorText, rejects)) {
            return;
        }
        Integer indicatorGiven = null;
        if (indicatorText != null) {
            Parsed<Double> n = ThaiNumbers.parse(indicatorText);
            if (!n.isOk() || n.value() != Math.rint(n.value()) || subject.catalog().indicator(n.value().intValue()).isEmpty()) {
                rejects.add(Reject.of(file, row.line(), Field.INDICATOR.columnName(), indicatorText,
                        RejectReason.BAD_INDICATOR, "ต้องเป็น 1–10", "must be 1–10"));
                return;
            }
            indicatorGiven = n.value().intValue();
        }
        if (questionText == null) {
            Indicator indicator = subject.catalog().indicator(indicatorGiven).orElseThrow();
            if (tool != null && indicator.tool() != tool) {
                rejects.add(Reject.of(file, row.line(), Field.TOOL.columnName(), toolText, RejectReason.TOOL_MISMATCH,
                        "ตัวชี้วัดที่ " + indicator.number() + " เป็นของ " + indicator.tool(),
                        "indicator " + indicator.number() + " belongs to " + indicator.tool()));
                return;
            }
            score(row, cell(row, Field.SCORE), Field.SCORE.columnName(), true, rejects).ifPresent(s -> scores.add(
                    canonical(subject, indicator.tool(), indicator.number(), null, CanonicalScore.Level.INDICATOR, s, row)));
            return;
        }
        Optional<String> code = ItemCodes.normalise(questionText, tool);
        if (code.isEmpty()) {
            rejects.add(Reject.of(file, row.line(), Field.QUESTION.columnName(), questionText,
                    RejectReason.BAD_ITEM_CODE, ValueProblem.NOT_AN_ITEM_CODE.th(), ValueProblem.NOT_AN_ITEM_CODE.en()));
            return;
        }
        Optional<CatalogItem> item = knownItem(row, subject, code.get(), Field.QUESTION.columnName(), questionText, rejects);
        if (item.isEmpty()) {
            return;
        }
        if (tool != null && item.get().tool() != tool) {
            rejects.add(Reject.of(file, row.line(), Field.TOOL.columnName(), toolText, RejectReason.TOOL_MISMATCH,
                    code.get() + " เป็นของ " + item.get().tool(), code.get() + " belongs to " + item.get().tool()));
            return;
        }
        if (indicatorGiven != null && indicatorGiven != item.get().indicator()) {
            rejects.add(Reject.of(file, row.line(), Field.INDICATOR.columnName(), indicatorText,
                    RejectReason.INDICATOR_MISMATCH,
                    code.get() + " อยู่ในตัวชี้วัดที่ " + item.get().indicator() + " ของปี " + subject.catalog().fiscalYear(),
                    code.get() + " is in indicator " + item.get().indicator() + " in FY" + subject.catalog().fiscalYear()));
            return;
        }
        score(row, cell(row, Field.SCORE), Field.SCORE.columnName(), true, rejects).ifPresent(s -> scores.add(canonical(
                subject, item.get().tool(), item.get().indicator(), item.get().code(), CanonicalScore.Level.QUESTION, s, row)));
    }

    /** Reads every figure column of a wide row: total, tools, indicators, items; empty cells are "not published". */
    private void wideRow(RawRow row, Subject subject, List<CanonicalScore> scores, List<Reject> rejects) {
        Optional<Integer> totalColumn = layout.column(Field.TOTAL);
        if (totalColumn.isPresent()) {
            String text = row.cell(totalColumn.get());
            if (text != null && !text.isBlank()) {
                score(row, text, layout.headerAt(totalColumn.get()), false, rejects).ifPresent(s ->
                        scores.add(total(subject, s, cell(row, Field.PUBLISHED_LABEL), row)));
            }
        }
        for (Map.Entry<Integer, Tool> column : layout.toolColumns().entrySet()) {
            String text = row.cell(column.getKey());
            String header = layout.headerAt(column.getKey());
            if (text != null && !text.isBlank() && componentsAllowed(row, subject, header, text, rejects)) {
                score(row, text, header, false, rejects).ifPresent(s ->
                        scores.add(canonical(subject, column.getValue(), null, null, CanonicalScore.Level.TOOL, s, row)));
            }
        }
        for (Map.Entry<Integer, Integer> column : layout.indicatorColumns().entrySet()) {
            String text = row.cell(column.getKey());
            if (text == null || text.isBlank()) {
                continue;
            }
            String header = layout.headerAt(column.getKey());
            if (!componentsAllowed(row, subject, header, text, rejects)) {
                continue;
            }
            Optional<Indicator> indicator = subject.catalog().indicator(column.getValue());
            if (indicator.isEmpty()) {
                rejects.add(Reject.of(file, row.line(), header, text, RejectReason.BAD_INDICATOR,
                        "ต้องเป็น 1–10", "must be 1–10"));
                continue;
            }
            score(row, text, header, false, rejects).ifPresent(s -> scores.add(canonical(subject, indicator.get().tool(),
                    indicator.get().number(), null, CanonicalScore.Level.INDICATOR, s, row)));
        }
        for (Map.Entry<Integer, String> column : layout.itemColumns().entrySet()) {
            String text = row.cell(column.getKey());
            if (text == null || text.isBlank()) {
                continue; // an empty cell in a wide sheet means "not assessed", not a bad row
            }
            String header = layout.headerAt(column.getKey());
            if (!componentsAllowed(row, subject, header, text, rejects)) {
                continue;
            }
            Optional<CatalogItem> item = knownItem(row, subject, column.getValue(), header, text, rejects);
            if (item.isPresent()) {
                score(row, text, header, false, rejects).ifPresent(s -> scores.add(canonical(subject, item.get().tool(),
                        item.get().indicator(), item.get().code(), CanonicalScore.Level.QUESTION, s, row)));
            }
        }
    }

    /** Years of a total-only framework (FY2558–FY2561) have no tools, indicators or items to load. */
    private boolean componentsAllowed(RawRow row, Subject subject, Object column, String value, List<Reject> rejects) {
        if (subject.catalog().framework() == Framework.ITEMS) {
            return true;
        }
        String name = column instanceof Field f ? f.columnName() : String.valueOf(column);
        int year = subject.catalog().fiscalYear();
        rejects.add(Reject.of(file, row.line(), name, value, RejectReason.LEVEL_NOT_IN_FRAMEWORK,
                "ปีงบประมาณ " + year + " มีเฉพาะคะแนนรวม", "FY" + year + " has totals only"));
        return false;
    }

    private Optional<CatalogItem> knownItem(RawRow row, Subject subject, String code, String column, String value,
                                            List<Reject> rejects) {
        Optional<CatalogItem> item = subject.catalog().item(code);
        if (item.isEmpty()) {
            int year = subject.catalog().fiscalYear();
            rejects.add(Reject.of(file, row.line(), column, value, RejectReason.UNKNOWN_QUESTION,
                    code + " ไม่มีในเกณฑ์ปีงบประมาณ " + year, code + " is not in the FY" + year + " catalog"));
        }
        return item;
    }

    private Optional<Double> score(RawRow row, String text, String column, boolean required, List<Reject> rejects) {
        Parsed<Double> parsed = ThaiNumbers.parse(text);
        if (!parsed.isOk()) {
            RejectReason reason = parsed.problem() == ValueProblem.EMPTY ? RejectReason.MISSING_SCORE : RejectReason.NOT_A_NUMBER;
            if (parsed.problem() == ValueProblem.EMPTY && !required) {
                return Optional.empty();
            }
            rejects.add(reason == RejectReason.MISSING_SCORE
                    ? Reject.of(file, row.line(), column, nullToEmpty(text), reason)
                    : Reject.of(file, row.line(), column, text, reason, parsed.problem().th(), parsed.problem().en()));
            return Optional.empty();
        }
        double value = parsed.value();
        if (value < 0 || value > 100 || Double.isNaN(value)) {
            rejects.add(Reject.of(file, row.line(), column, text, RejectReason.SCORE_OUT_OF_RANGE));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private CanonicalScore canonical(Subject s, Tool tool, Integer indicator, String question,
                                     CanonicalScore.Level level, double score, RawRow row) {
        return new CanonicalScore(s.agencyId(), s.name(), s.type() == null ? null : s.type().shortTh(),
                s.type() == null ? null : s.type().code(), s.province() == null ? null : s.province().nameTh(),
                s.catalog().fiscalYear(), tool == null ? null : tool.name(), indicator, question, level, score, null,
                file, row.line());
    }

    private CanonicalScore total(Subject s, double score, String label, RawRow row) {
        return new CanonicalScore(s.agencyId(), s.name(), s.type() == null ? null : s.type().shortTh(),
                s.type() == null ? null : s.type().code(), s.province() == null ? null : s.province().nameTh(),
                s.catalog().fiscalYear(), null, null, null, CanonicalScore.Level.TOTAL, score, blankToNull(label),
                file, row.line());
    }

    private String cell(RawRow row, Field field) {
        return layout.column(field).map(row::cell).orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
