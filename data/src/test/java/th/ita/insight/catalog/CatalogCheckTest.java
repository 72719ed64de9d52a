package th.ita.insight.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.text.Language;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogCheckTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void a_file_with_six_different_problems_reports_every_one_with_its_path_in_english() throws IOException {
        Path file = plantSixProblems(dir.resolve("fy2569.json"));
        CatalogCheck.Report report = CatalogCheck.check(List.of(file), Catalogs.bundled());
        String f = file.toString();
        assertEquals(List.of(
                f + ": $.oit_items[3].title_th: required field is missing (or null)",
                f + ": $.tools[*].weight: tool weights sum to 1.1, not 1",
                f + ": $.questions[1].code: item i1 is listed twice (also at $.questions[0]; an item belongs to one indicator)",
                f + ": $.questions[12].indicator: indicator 11 is not defined in $.indicators",
                f + ": $.grade_bands[3].min: grade bands leave a gap from 70.0 to 72.0 (totals in it get no grade)",
                f + ": $.questions[9].comparable_to: FY2568 has no item i99 (previous_year: catalog/fy2568.json)"),
                lines(report, Language.EN));
    }

    @Test
    void a_file_with_six_different_problems_reports_every_one_with_its_path_in_thai() throws IOException {
        Path file = plantSixProblems(dir.resolve("fy2569.json"));
        CatalogCheck.Report report = CatalogCheck.check(List.of(file), Catalogs.bundled());
        String f = file.toString();
        assertEquals(List.of(
                f + ": $.oit_items[3].title_th: ไม่มีช่องนี้ (หรือเป็น null) ซึ่งต้องมี",
                f + ": $.tools[*].weight: น้ำหนักของเครื่องมือรวมกันได้ 1.1 ต้องรวมกันได้ 1",
                f + ": $.questions[1].code: ข้อ i1 ซ้ำ (มีแล้วที่ $.questions[0] ข้อหนึ่งอยู่ในตัวชี้วัดเดียว)",
                f + ": $.questions[12].indicator: ไม่มีตัวชี้วัด 11 ใน $.indicators",
                f + ": $.grade_bands[3].min: ระดับผลเว้นช่วงว่างจาก 70.0 ถึง 72.0 (คะแนนรวมในช่วงนี้ไม่มีระดับผล)",
                f + ": $.questions[9].comparable_to: ปี 2568 ไม่มีข้อ i99 (previous_year: catalog/fy2568.json)"),
                lines(report, Language.TH));
    }

    @Test
    void the_batch_loader_refuses_the_same_file_naming_the_paths() throws IOException {
        byte[] planted = Files.readAllBytes(plantSixProblems(dir.resolve("fy2569.json")));
        CatalogException e = assertThrows(CatalogException.class,
                () -> CatalogLoader.load("fy2569.json", new ByteArrayInputStream(planted)));
        assertTrue(e.getMessage().startsWith("catalog fy2569.json is invalid:\n  - $.oit_items[3].title_th: "), e.getMessage());
        assertTrue(e.getMessage().contains("\n  - $.questions[12].indicator: indicator 11 is not defined"), e.getMessage());
    }

    @Test
    void a_draft_of_the_next_year_passes_the_check_unchanged_and_keeps_every_item_comparable() throws IOException {
        Path fy2569 = write(dir.resolve("fy2569.json"), CatalogDraft.fromBundled(2568, 2569).orElseThrow().json());
        CatalogCheck.Report report = CatalogCheck.check(List.of(fy2569), Catalogs.bundled());
        assertEquals(List.of(), lines(report, Language.EN));
        assertEquals(new CatalogCheck.Checked(fy2569.toString(), 2569, 71, 2568, "catalog/fy2568.json"), report.files().get(0));

        JsonNode draft = JSON.readTree(fy2569.toFile());
        assertEquals("2569 2568 provisional false", draft.get("fiscal_year") + " " + draft.get("previous_year") + " "
                + draft.get("status").asText() + " " + draft.get("method_break"));
        for (JsonNode q : draft.get("questions")) {
            assertEquals(q.get("code") + " false", q.get("comparable_to") + " " + q.get("text_confirmed"));
        }
        for (JsonNode o : draft.get("oit_items")) {
            assertEquals(o.get("code") + " false", o.get("comparable_to") + " " + o.get("title_confirmed"));
        }
        assertTrue(draft.get("notes_en").asText().startsWith("Draft of FY2569 made by ./ita catalog new from the bundled "
                + "FY2568 catalog"), draft.get("notes_en").asText());
    }

    @Test
    void the_previous_year_may_be_another_file_given_to_the_check() throws IOException {
        Path fy2569 = write(dir.resolve("fy2569.json"), CatalogDraft.fromBundled(2568, 2569).orElseThrow().json());
        CatalogDraft.Draft draft = CatalogDraft.fromFile(fy2569, 2570);
        assertEquals(List.of(), draft.problems());
        Path fy2570 = write(dir.resolve("fy2570.json"), draft.json());

        assertEquals(List.of(), lines(CatalogCheck.check(List.of(fy2570, fy2569), Catalogs.bundled()), Language.EN));
        assertEquals(List.of(fy2570 + ": $.previous_year: no catalog of FY2569 is loaded (neither bundled nor given), "
                        + "so the comparable_to of 71 items cannot be checked"),
                lines(CatalogCheck.check(List.of(fy2570), Catalogs.bundled()), Language.EN));
    }

    @Test
    void a_replaced_bundled_year_is_checked_against_the_bundled_year_after_it() throws IOException {
        ObjectNode fy2567 = bundled(2567);
        ((ObjectNode) fy2567.get("questions").get(4)).put("code", "i31");
        Path file = write(dir.resolve("fy2567.json"), fy2567.toString());
        assertEquals(List.of("catalog/fy2568.json: $.questions[4].comparable_to: FY2567 has no item i5 (previous_year: "
                + file + ")"), lines(CatalogCheck.check(List.of(file), Catalogs.bundled()), Language.EN));
    }

    @Test
    void unreadable_and_broken_files_are_one_line_each_naming_the_file() throws IOException {
        Path notJson = write(dir.resolve("fy2570.json"), "{ \"fiscal_year\": 2570,\n  \"tools\": [ }");
        Path missing = dir.resolve("fy2571.json");
        CatalogCheck.Report report = CatalogCheck.check(List.of(notJson, missing, dir), Catalogs.bundled());
        assertEquals(List.of(
                notJson + ": not valid JSON (line 2, column 14): Unexpected close marker '}': expected ']' "
                        + "(for Array starting at [line: 2, column: 12])",
                missing + ": no such file",
                dir + ": is a folder; name the year files in it (e.g. " + dir.resolve("fy2570.json") + ")"),
                lines(report, Language.EN));
    }

    @Test
    void a_file_saved_as_windows_874_is_told_to_be_saved_as_utf8() throws IOException {
        Path file = Files.write(dir.resolve("fy2570.json"),
                "{ \"notes_th\": \"ร่าง\" }".getBytes(java.nio.charset.Charset.forName("x-windows-874")));
        List<String> lines = lines(CatalogCheck.check(List.of(file), Catalogs.bundled()), Language.EN);
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith(file + ": not valid JSON (line 1, column "), lines.get(0));
        assertTrue(lines.get(0).endsWith("(save the file as UTF-8)"), lines.get(0));
    }

    @Test
    void two_files_of_one_year_and_a_file_named_for_another_year_are_refused() throws IOException {
        String draft = CatalogDraft.fromBundled(2568, 2569).orElseThrow().json();
        Path first = write(dir.resolve("fy2569.json"), draft);
        Path second = write(dir.resolve("fy2570.json"), draft);
        assertEquals(List.of(
                second + ": $.fiscal_year: is 2569 but the file is named fy2570.json (a year's file is named fy2569.json)",
                second + ": $.fiscal_year: FY2569 is also given by " + first + "; give one file per year"),
                lines(CatalogCheck.check(List.of(first, second), Catalogs.bundled()), Language.EN));
    }

    @Test
    void a_draft_is_refused_from_a_total_only_year_and_from_a_broken_file() throws IOException {
        CatalogDraft.Draft totalOnly = CatalogDraft.fromBundled(2560, 2570).orElseThrow();
        assertEquals(List.of("catalog/fy2560.json: $.framework: FY2560 is total_only; start from a year with items (FY2562 on)"),
                totalOnly.problems().stream().map(p -> p.line(Language.EN)).toList());
        assertTrue(CatalogDraft.fromBundled(2569, 2570).isEmpty());
        Path broken = plantSixProblems(dir.resolve("fy2569.json"));
        assertEquals(5, CatalogDraft.fromFile(broken, 2570).problems().size(), "the file's own problems; no cross-year check");
    }

    /** FY2568's catalog made a FY2569 draft, then broken six ways, each a different rule. */
    private Path plantSixProblems(Path file) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(CatalogDraft.fromBundled(2568, 2569).orElseThrow().json());
        ((ObjectNode) root.get("tools").get(2)).put("weight", 0.5);
        ((ObjectNode) root.get("questions").get(12)).put("indicator", 11);
        ((ObjectNode) root.get("questions").get(1)).put("code", "i1");
        ((ObjectNode) root.get("grade_bands").get(3)).put("min", 72);
        ((ObjectNode) root.get("questions").get(9)).put("comparable_to", "i99");
        ((ObjectNode) root.get("oit_items").get(3)).remove("title_th");
        return write(file, root.toPrettyString());
    }

    private static ObjectNode bundled(int year) throws IOException {
        return (ObjectNode) JSON.readTree(CatalogCheckTest.class.getClassLoader().getResource(Catalogs.resourceName(year)));
    }

    private static Path write(Path file, String json) throws IOException {
        return Files.writeString(file, json, StandardCharsets.UTF_8);
    }

    private static List<String> lines(CatalogCheck.Report report, Language language) {
        return report.problems().stream().map(p -> p.line(language)).toList();
    }
}
