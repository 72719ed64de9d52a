package th.ita.insight.analytics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ita catalog check} and {@code ita catalog new} run in-process as the launcher runs them. */
class CatalogCliTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void catalog_check_reports_every_planted_problem_with_its_path_in_english_and_exits_2() throws IOException {
        Path broken = plantSixProblems();
        String f = broken.toString();
        assertEquals(2, run("catalog", "check", "--lang", "en", f), err.toString());
        assertEquals(List.of(
                f + ": $.oit_items[3].title_th: required field is missing (or null)",
                f + ": $.tools[*].weight: tool weights sum to 1.1, not 1",
                f + ": $.questions[1].code: item i1 is listed twice (also at $.questions[0]; an item belongs to one indicator)",
                f + ": $.questions[12].indicator: indicator 11 is not defined in $.indicators",
                f + ": $.grade_bands[3].min: grade bands leave a gap from 70.0 to 72.0 (totals in it get no grade)",
                f + ": $.questions[9].comparable_to: FY2568 has no item i99 (previous_year: catalog/fy2568.json)",
                "checked 1 file: 6 problems; fix them and check again"), outLines());
    }

    @Test
    void catalog_check_speaks_thai_by_default() throws IOException {
        Path broken = plantSixProblems();
        String f = broken.toString();
        assertEquals(2, run("catalog", "check", f), err.toString());
        assertEquals(List.of(
                f + ": $.oit_items[3].title_th: ไม่มีช่องนี้ (หรือเป็น null) ซึ่งต้องมี",
                f + ": $.tools[*].weight: น้ำหนักของเครื่องมือรวมกันได้ 1.1 ต้องรวมกันได้ 1",
                f + ": $.questions[1].code: ข้อ i1 ซ้ำ (มีแล้วที่ $.questions[0] ข้อหนึ่งอยู่ในตัวชี้วัดเดียว)",
                f + ": $.questions[12].indicator: ไม่มีตัวชี้วัด 11 ใน $.indicators",
                f + ": $.grade_bands[3].min: ระดับผลเว้นช่วงว่างจาก 70.0 ถึง 72.0 (คะแนนรวมในช่วงนี้ไม่มีระดับผล)",
                f + ": $.questions[9].comparable_to: ปี 2568 ไม่มีข้อ i99 (previous_year: catalog/fy2568.json)",
                "ตรวจ 1 ไฟล์: พบ 6 ปัญหา แก้แล้วตรวจอีกครั้ง"), outLines());
    }

    @Test
    void a_file_written_by_catalog_new_passes_catalog_check_unchanged() {
        assertEquals(0, run("catalog", "new", "--year", "2569", "--from", "2568", "--out", dir.toString(), "--lang", "en"),
                err.toString());
        Path fy2569 = dir.resolve("fy2569.json");
        assertEquals(List.of("wrote " + fy2569 + ": a draft of FY2569 from FY2568. Edit it from the NACC's manual "
                + "(docs/catalog.md, 'Adding a year'), then check it: ./ita catalog check " + fy2569), outLines());
        out.getBuffer().setLength(0);
        assertEquals(0, run("catalog", "check", "--lang", "en", fy2569.toString()), out.toString());
        assertEquals(List.of(fy2569 + ": FY2569 has no problems (71 items; comparable_to checked against FY2568 from "
                + "catalog/fy2568.json)", "checked 1 file: no problems"), outLines());
    }

    @Test
    void a_year_after_one_the_product_lacks_starts_from_the_users_file_and_is_checked_against_it() {
        assertEquals(0, run("catalog", "new", "--year", "2569", "--from", "2568", "--out", dir.toString()), err.toString());
        Path fy2569 = dir.resolve("fy2569.json");
        Path next = dir.resolve("next");
        assertEquals(0, run("catalog", "new", "--year", "๒๕๗๐", "--from", "2569", "--from-file", fy2569.toString(),
                "--out", next.toString()), err.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("catalog", "check", next.resolve("fy2570.json").toString(), fy2569.toString()), out.toString());
        assertEquals("ตรวจ 2 ไฟล์: ไม่พบปัญหา", outLines().get(outLines().size() - 1));
    }

    @Test
    void catalog_new_from_a_year_that_is_not_bundled_lists_the_years_to_start_from() {
        assertEquals(2, run("catalog", "new", "--year", "2570", "--from", "2569", "--out", dir.toString(), "--lang", "en"));
        assertEquals("ita catalog new: FY2569 is not a bundled catalog year; bundled years to start from: 2562, 2563, "
                + "2564, 2565, 2566, 2567, 2568 (or start from your own file with --from-file FILE)\n", err.toString());
        assertFalse(Files.exists(dir.resolve("fy2570.json")));
    }

    @Test
    void catalog_new_refuses_an_existing_file_unless_forced() throws IOException {
        Path target = Files.writeString(dir.resolve("fy2569.json"), "my edits", StandardCharsets.UTF_8);
        assertEquals(2, run("catalog", "new", "--year", "2569", "--out", dir.toString(), "--lang", "en"));
        assertEquals("ita catalog new: " + target + " exists; nothing written (--force overwrites it)\n", err.toString());
        assertEquals("my edits", Files.readString(target));
        assertEquals(0, run("catalog", "new", "--year", "2569", "--out", dir.toString(), "--force"), err.toString());
        assertTrue(Files.readString(target).startsWith("{\n  \"fiscal_year\": 2569,\n  \"previous_year\": 2568,\n"));
    }

    @Test
    void an_unreadable_or_non_json_file_is_one_line_naming_it() throws IOException {
        Path notJson = Files.writeString(dir.resolve("fy2570.xlsx"), "PK\u0003\u0004", StandardCharsets.ISO_8859_1);
        Path missing = dir.resolve("fy2571.json");
        assertEquals(2, run("catalog", "check", "--lang", "en", notJson.toString(), missing.toString()));
        List<String> lines = outLines();
        assertEquals(3, lines.size(), lines.toString());
        assertEquals(notJson + ": not valid JSON (line 1, column 1): Unrecognized token 'PK\\u0003\\u0004': was expecting (JSON String, "
                + "Number, Array, Object or token 'null', 'true' or 'false')", lines.get(0));
        assertEquals(missing + ": no such file", lines.get(1));
    }

    @Test
    void help_names_both_catalog_commands_and_every_option_and_the_launcher_dispatches_them() throws IOException {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("catalog"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("catalog", "--help"));
        assertTrue(out.toString().contains("check") && out.toString().contains("new"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("catalog", "new", "--help"));
        for (String option : List.of("--year", "--from", "--from-file", "--out", "--force", "--lang")) {
            assertTrue(out.toString().contains(option), option);
        }
        String launcher = Files.readString(Path.of("../ita"));
        assertTrue(launcher.contains("catalog) batch catalog \"$@\" ;;"), "the launcher runs ./ita catalog … in the batch CLI");
        assertTrue(launcher.contains("./ita catalog check FILE"), "the launcher's usage names the catalog commands");
    }

    /** A FY2569 draft written by {@code catalog new}, then broken six ways, each a different rule. */
    private Path plantSixProblems() throws IOException {
        Path draft = dir.resolve("draft");
        assertEquals(0, run("catalog", "new", "--year", "2569", "--from", "2568", "--out", draft.toString()), err.toString());
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(draft.resolve("fy2569.json").toFile());
        ((ObjectNode) root.get("tools").get(2)).put("weight", 0.5);
        ((ObjectNode) root.get("questions").get(12)).put("indicator", 11);
        ((ObjectNode) root.get("questions").get(1)).put("code", "i1");
        ((ObjectNode) root.get("grade_bands").get(3)).put("min", 72);
        ((ObjectNode) root.get("questions").get(9)).put("comparable_to", "i99");
        ((ObjectNode) root.get("oit_items").get(3)).remove("title_th");
        out.getBuffer().setLength(0);
        return Files.writeString(dir.resolve("fy2569.json"), root.toPrettyString(), StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        return BatchCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private List<String> outLines() {
        return out.toString().lines().toList();
    }
}
