package th.ita.insight.ingest.validate;

import th.ita.insight.catalog.Tool;
import th.ita.insight.ingest.read.InputShape;
import th.ita.insight.text.ItemCodes;
import th.ita.insight.text.ThaiNumbers;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a header says about its file: the shape, where each named field is, and which columns hold
 * item scores (wide) or indicator scores (summary).
 */
public final class Layout implements Serializable {
    private static final Pattern INDICATOR_COLUMN =
            Pattern.compile("^(?:ind|indicator|ตัวชี้วัด(?:ที่)?)[\\s_\\-.]*(\\d{1,2})$");

    private final InputShape shape;
    private final Map<Field, Integer> fields;
    private final Map<Integer, String> itemColumns;
    private final Map<Integer, Integer> indicatorColumns;
    private final Map<Integer, Tool> toolColumns;
    private final String[] header;
    private final List<String> repeated;

    /** Fields whose second column would silently be ignored, so a repeat makes the file unreadable. */
    private static final java.util.Set<Field> FIGURE_FIELDS = java.util.EnumSet.of(Field.FISCAL_YEAR, Field.TOOL,
            Field.INDICATOR, Field.QUESTION, Field.SCORE, Field.TOTAL);

    private Layout(InputShape shape, Map<Field, Integer> fields, Map<Integer, String> itemColumns,
                   Map<Integer, Integer> indicatorColumns, Map<Integer, Tool> toolColumns, String[] header, List<String> repeated) {
        this.shape = shape;
        this.fields = Collections.unmodifiableMap(new EnumMap<>(fields));
        this.itemColumns = Collections.unmodifiableMap(new LinkedHashMap<>(itemColumns));
        this.indicatorColumns = Collections.unmodifiableMap(new LinkedHashMap<>(indicatorColumns));
        this.toolColumns = Collections.unmodifiableMap(new LinkedHashMap<>(toolColumns));
        this.header = header.clone();
        this.repeated = List.copyOf(repeated);
    }

    /**
     * @param forced the shape named by --format, or null to detect it
     * @return empty when the header matches no shape
     */
    public static Optional<Layout> analyse(String[] header, InputShape forced) {
        Map<Field, Integer> fields = new EnumMap<>(Field.class);
        Map<Integer, String> items = new LinkedHashMap<>();
        Map<Integer, Integer> indicators = new LinkedHashMap<>();
        Map<Integer, Tool> tools = new LinkedHashMap<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            String h = header[i] == null ? "" : header[i].strip();
            Optional<Field> field = Field.ofHeader(h);
            if (field.isPresent()) {
                Integer first = fields.putIfAbsent(field.get(), i);
                if (first != null && FIGURE_FIELDS.contains(field.get())) {
                    repeated.add(header[first] + " (" + (first + 1) + ") / " + h + " (" + (i + 1) + ")");
                }
                continue;
            }
            Optional<String> code = ItemCodes.normalise(h);
            if (code.isPresent()) {
                items.putIfAbsent(i, code.get());
                continue;
            }
            Optional<Tool> tool = Tool.parse(h);
            if (tool.isPresent()) {
                tools.putIfAbsent(i, tool.get());
                continue;
            }
            Matcher m = INDICATOR_COLUMN.matcher(Field.key(ThaiNumbers.arabicDigits(h)));
            if (m.matches()) {
                indicators.putIfAbsent(i, Integer.parseInt(m.group(1)));
            }
        }
        InputShape shape = forced != null ? forced : detect(fields, items, indicators, tools);
        if (shape == null) {
            return Optional.empty();
        }
        return Optional.of(new Layout(shape, fields, items, indicators, tools, header, repeated));
    }

    /**
     * A score column means one figure per row (long); columns named by items, indicators, tools or
     * "total" mean one agency-year per row (wide; "summary" when only indicators are there).
     */
    private static InputShape detect(Map<Field, Integer> fields, Map<Integer, String> items,
                                     Map<Integer, Integer> indicators, Map<Integer, Tool> tools) {
        if (fields.containsKey(Field.SCORE)) {
            return InputShape.LONG;
        }
        if (!items.isEmpty() || !tools.isEmpty() || fields.containsKey(Field.TOTAL)) {
            return InputShape.WIDE;
        }
        if (!indicators.isEmpty()) {
            return InputShape.INDICATOR_SUMMARY;
        }
        return null;
    }

    /**
     * Figure columns named twice ("score" in columns 8 and 9): which one holds the figure is a guess, so
     * the file is refused rather than half of it silently ignored.
     */
    public List<String> repeatedColumns() {
        return repeated;
    }

    /**
     * Whether one row of this layout can hold the same figure twice: two columns naming one item, indicator
     * or tool (say "i1" twice, or "i1" and "I1"); a repeated total or key field is refused instead
     * ({@link #repeatedColumns()}).
     */
    public boolean figureCanRepeatWithinRow() {
        return new java.util.HashSet<>(itemColumns.values()).size() < itemColumns.size()
                || new java.util.HashSet<>(indicatorColumns.values()).size() < indicatorColumns.size()
                || new java.util.HashSet<>(toolColumns.values()).size() < toolColumns.size();
    }

    /** What the shape needs but the header lacks, as column names for the error message. */
    public List<String> missingColumns() {
        List<String> missing = new ArrayList<>();
        if (!fields.containsKey(Field.AGENCY_ID) && !fields.containsKey(Field.AGENCY_NAME)) {
            missing.add("agency_name (ชื่อหน่วยงาน) or agency_id (รหัสหน่วยงาน)");
        }
        if (!fields.containsKey(Field.FISCAL_YEAR)) {
            missing.add("fiscal_year (ปีงบประมาณ)");
        }
        switch (shape) {
            case LONG -> {
                if (!fields.containsKey(Field.SCORE)) {
                    missing.add("score (คะแนน)");
                }
            }
            case WIDE, INDICATOR_SUMMARY -> {
                if (itemColumns.isEmpty() && indicatorColumns.isEmpty() && toolColumns.isEmpty()
                        && !fields.containsKey(Field.TOTAL)) {
                    missing.add("score columns: total, IIT/EIT/OIT, ind1…ind10 or items i1…, e1…, o1…");
                }
            }
        }
        return missing;
    }

    public InputShape shape() {
        return shape;
    }

    public Optional<Integer> column(Field field) {
        return Optional.ofNullable(fields.get(field));
    }

    public Map<Integer, String> itemColumns() {
        return itemColumns;
    }

    public Map<Integer, Integer> indicatorColumns() {
        return indicatorColumns;
    }

    public Map<Integer, Tool> toolColumns() {
        return toolColumns;
    }

    public String headerAt(int index) {
        return index >= 0 && index < header.length ? header[index] : "column " + (index + 1);
    }
}
