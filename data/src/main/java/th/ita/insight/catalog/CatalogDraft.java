package th.ita.insight.catalog;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Makes the starting file of a new fiscal year's catalog ({@code ./ita catalog new}): the from-year's file
 * copied field by field, dated to the new year, marked provisional and a draft, with every item comparable
 * to its own code in the from-year, so an item the new manual leaves unchanged stays comparable and the
 * analyst edits only what changed.
 */
public final class CatalogDraft {
    /** Written first, in this order, so the fields an analyst edits first open the file. */
    private static final List<String> HEADER = List.of("fiscal_year", "previous_year", "framework", "method_break",
            "method_break_note_th", "method_break_note_en", "status", "notes_th", "notes_en");
    // The layout of the bundled files (two-space indent, "key": value, one array element a line), so a
    // draft diffs cleanly against them.
    private static final DefaultPrettyPrinter LAYOUT = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    /**
     * The draft's JSON text, or the problems of the from-year's file that keep it from being a start.
     *
     * @param fromYear the year copied; null when its file could not be read
     */
    public record Draft(Integer fromYear, String json, List<CatalogProblem> problems) {
    }

    private CatalogDraft() {
    }

    /** A draft of {@code year} from the bundled catalog of {@code fromYear}; empty when that year is not bundled. */
    public static Optional<Draft> fromBundled(int fromYear, int year) {
        String name = Catalogs.resourceName(fromYear);
        try (InputStream in = CatalogDraft.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(draft(name, in.readAllBytes(), year, "เกณฑ์ปี " + fromYear + " ที่มากับโปรแกรม",
                    "the bundled FY" + fromYear + " catalog"));
        } catch (IOException e) {
            throw new CatalogException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** A draft of {@code year} from a user's catalog file, which must itself pass the checks of one file. */
    public static Draft fromFile(Path file, int year) {
        CatalogCheck.FileBytes read = CatalogCheck.bytes(file);
        if (read.problem() != null) {
            return new Draft(null, null, List.of(read.problem()));
        }
        CatalogLoader.Result checked = CatalogLoader.read(file.toString(), read.bytes());
        if (!checked.problems().isEmpty()) {
            return new Draft(null, null, checked.problems());
        }
        int fromYear = checked.catalog().fiscalYear();
        return draft(file.toString(), read.bytes(), year, "เกณฑ์ปี " + fromYear + " ในไฟล์ " + file,
                "the FY" + fromYear + " catalog in " + file);
    }

    private static Draft draft(String source, byte[] json, int year, String fromTh, String fromEn) {
        YearCatalog from = CatalogLoader.load(source, new ByteArrayInputStream(json));
        int fromYear = from.fiscalYear();
        if (from.framework() == Framework.TOTAL_ONLY) {
            return new Draft(fromYear, null, List.of(new CatalogProblem(source, "$.framework",
                    "ปี " + fromYear + " เผยแพร่เฉพาะคะแนนรวม (total_only) ให้เริ่มจากปีที่มีข้อคำถาม (2562 ขึ้นไป)",
                    "FY" + fromYear + " is total_only; start from a year with items (FY2562 on)")));
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("fiscal_year", year);
        out.put("previous_year", fromYear);
        out.put("framework", "items");
        out.put("method_break", false);
        out.putNull("method_break_note_th");
        out.putNull("method_break_note_en");
        out.put("status", "provisional");
        out.put("notes_th", "ร่างเกณฑ์ปี " + year + " สร้างด้วย ./ita catalog new จาก" + fromTh
                + " ยังไม่ได้ตรวจกับคู่มือ ป.ป.ช. ปี " + year + ": ทุกข้อยังเทียบได้กับรหัสเดียวกันของปี " + fromYear
                + " (comparable_to) และถ้อยคำทุกข้อยังไม่ยืนยัน (text_confirmed, title_confirmed เป็น false)"
                + " แก้ตามคู่มือแล้วตรวจด้วย ./ita catalog check"
                + notesOf(fromYear, from.notesTh(), "หมายเหตุของปี "));
        out.put("notes_en", "Draft of FY" + year + " made by ./ita catalog new from " + fromEn
                + ", not yet checked against the NACC's FY" + year + " manual: every item is still comparable to the"
                + " same code of FY" + fromYear + " (comparable_to) and no wording is confirmed (text_confirmed,"
                + " title_confirmed false). Edit it from the manual, then run ./ita catalog check."
                + notesOf(fromYear, from.notesEn(), "Notes of FY"));
        try {
            ((ObjectNode) CatalogLoader.JSON.readTree(json)).properties().stream()
                    .filter(e -> !HEADER.contains(e.getKey())).forEach(e -> out.set(e.getKey(), e.getValue()));
            sameAsFromYear(out.path("questions"), "text_confirmed");
            sameAsFromYear(out.path("oit_items"), "title_confirmed");
            return new Draft(fromYear, CatalogLoader.JSON.writer(LAYOUT).writeValueAsString(out) + "\n", List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the loader has just read these bytes as JSON
        }
    }

    /** Each item asks what its own code asked in the from-year until the analyst says otherwise. */
    private static void sameAsFromYear(Iterable<JsonNode> items, String confirmedField) {
        for (JsonNode node : items) {
            ObjectNode item = (ObjectNode) node;
            item.put("comparable_to", item.get("code").asText());
            item.put(confirmedField, false);
        }
    }

    /** The from-year's notes travel with the copy: its assumptions hold for the draft until edited. */
    private static String notesOf(int fromYear, String notes, String label) {
        return notes == null || notes.isBlank() ? "" : " " + label + fromYear + ": " + notes;
    }
}
