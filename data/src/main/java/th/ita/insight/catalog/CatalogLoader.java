package th.ita.insight.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import th.ita.insight.catalog.CatalogParts.At;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads one fiscal year's catalog file (JSON, see docs/catalog.md) into a validated {@link YearCatalog}.
 */
public final class CatalogLoader {
    // A hand-edited file may repeat a key or keep text after its last brace; Jackson would silently use the
    // last value or stop reading early, so both are errors here.
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final List<String> STATUSES = List.of("confirmed", "provisional");

    /**
     * A file's catalog as far as it could be built, and every problem found. The catalog is null when not
     * even the year could be read, and is only for cross-year checks while there are problems.
     */
    record Result(YearCatalog catalog, List<CatalogProblem> problems) {
    }

    private CatalogLoader() {
    }

    /** Parses and validates; every broken invariant is reported with the file name and JSON path, all at once. */
    public static YearCatalog load(String source, InputStream in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new CatalogException("catalog " + source + " is not valid JSON: " + e.getMessage(), e);
        }
        Result result = build(source, root);
        if (!result.problems().isEmpty()) {
            throw new CatalogException("catalog " + source + " is invalid:\n  - " + result.problems().stream()
                    .map(p -> (p.path() == null ? "" : p.path() + ": ") + p.en())
                    .collect(Collectors.joining("\n  - ")));
        }
        return result.catalog();
    }

    /** Like {@link #load} but returns the problems instead of throwing, a JSON syntax error among them. */
    static Result read(String source, byte[] json) {
        try {
            return build(source, JSON.readTree(json));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            String whereTh = e.getLocation() == null ? ""
                    : " (บรรทัด " + e.getLocation().getLineNr() + " คอลัมน์ " + e.getLocation().getColumnNr() + ")";
            String why = jacksonReason(e);
            // A file saved by a Thai Windows editor is often Windows-874 (TIS-620), which reads as bad UTF-8.
            boolean encoding = why.contains("UTF-8");
            return new Result(null, List.of(new CatalogProblem(source, null,
                    "ไม่ใช่ JSON ที่ถูกต้อง" + whereTh + ": " + why + (encoding ? " (ให้บันทึกไฟล์เป็น UTF-8)" : ""),
                    "not valid JSON" + where + ": " + why + (encoding ? " (save the file as UTF-8)" : ""))));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // bytes in memory do not fail to read
        }
    }

    private static Result build(String source, JsonNode root) {
        Problems problems = new Problems(source);
        if (root == null || !root.isObject()) {
            problems.add("$", "ไฟล์ว่างหรือไม่ใช่ออบเจกต์ JSON { … }", "the file is empty or not a JSON object { … }");
            return new Result(null, problems.list());
        }
        JsonFields f = new JsonFields(problems);
        Integer year = f.integer(root, "$", "fiscal_year", true);
        Integer previous = f.integer(root, "$", "previous_year", false);
        checkYears(year, previous, problems);
        Framework framework = f.choice(root, "$", "framework", List.of(Framework.values()), Framework.ITEMS);
        String status = f.optionalText(root, "$", "status");
        if (status != null && !STATUSES.contains(status)) {
            problems.add("$.status", "ต้องเป็น confirmed หรือ provisional ไม่ใช่ '" + status + "'",
                    "must be confirmed or provisional, not '" + status + "'");
        }
        boolean methodBreak = f.bool(root, "$", "method_break", false);
        String breakTh = f.optionalText(root, "$", "method_break_note_th");
        String breakEn = f.optionalText(root, "$", "method_break_note_en");
        String notesTh = f.optionalText(root, "$", "notes_th");
        String notesEn = f.optionalText(root, "$", "notes_en");

        CatalogParts parts = new CatalogParts(framework, CatalogPartsReader.tools(root, f),
                CatalogPartsReader.indicators(root, f), CatalogPartsReader.items(root, f),
                CatalogPartsReader.bands(root, f));
        List<CatalogProblem> all = new ArrayList<>(problems.list());
        all.addAll(CatalogValidator.problems(source, parts));
        if (year == null) {
            return new Result(null, all);
        }
        Map<Tool, Double> weights = new EnumMap<>(Tool.class);
        parts.tools().stream().map(At::value).filter(t -> t.weight() != null)
                .forEach(t -> weights.put(t.tool(), t.weight()));
        Map<String, String> itemPaths = new LinkedHashMap<>();
        parts.items().forEach(i -> itemPaths.put(i.value().code(), i.path()));
        YearCatalog catalog = new YearCatalog(source, year, previous, framework, methodBreak, breakTh, breakEn,
                status == null ? "provisional" : status, notesTh, notesEn, weights, values(parts.indicators()),
                values(parts.items()), values(parts.bands()), itemPaths);
        return new Result(catalog, all);
    }

    private static void checkYears(Integer year, Integer previous, Problems problems) {
        if (year != null && (year < 2500 || year > 2700)) {
            problems.add("$.fiscal_year", "ต้องเป็นปี พ.ศ. ระหว่าง 2500–2700 เช่น 2570 ไม่ใช่ " + year,
                    "must be a Buddhist-era year from 2500 to 2700, e.g. 2570, not " + year);
        }
        if (year != null && previous != null && previous >= year) {
            problems.add("$.previous_year", "ปี " + previous + " ต้องเป็นปีก่อน fiscal_year " + year,
                    previous + " must be a year before fiscal_year " + year);
        }
    }

    /** Jackson's reason on one line, without the input's description it puts in positions ("[Source: …; line: 2"). */
    private static String jacksonReason(JsonProcessingException e) {
        String reason = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        reason = reason.replaceAll("\\[Source: [^;\\]]*; ", "[").replaceAll("\\s+", " ").strip();
        // Jackson quotes the bad token as read; a binary file's control bytes would garble the terminal.
        StringBuilder shown = new StringBuilder();
        reason.codePoints().forEach(c -> shown.append(Character.isISOControl(c)
                ? String.format(Locale.ROOT, "\\u%04x", c) : Character.toString(c)));
        return shown.toString();
    }

    private static <T> List<T> values(List<At<T>> parts) {
        return parts.stream().map(At::value).toList();
    }
}
