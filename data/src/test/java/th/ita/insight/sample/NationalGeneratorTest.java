package th.ita.insight.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.catalog.Catalogs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NationalGeneratorTest {
    @Test
    void the_same_seed_writes_the_same_files_and_another_seed_does_not(@TempDir Path dir) throws Exception {
        NationalGenerator.Written a = new NationalGenerator(Catalogs.bundled(), 7).write(dir.resolve("a"), 600, 2560, 2566);
        new NationalGenerator(Catalogs.bundled(), 7).write(dir.resolve("b"), 600, 2560, 2566);
        new NationalGenerator(Catalogs.bundled(), 8).write(dir.resolve("c"), 600, 2560, 2566);

        assertEquals(List.of("national-2560-2561-totals.csv", "national-2562-wide.csv", "national-2563-wide.csv",
                "national-2564-wide.csv", "national-2565-wide.csv", "national-2566-wide.csv"),
                a.files().stream().map(p -> p.getFileName().toString()).toList());
        for (Path f : a.files()) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(dir.resolve("b").resolve(f.getFileName())), f.toString());
        }
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.files().get(5)),
                Files.readAllBytes(dir.resolve("c").resolve("national-2566-wide.csv"))));
    }

    @Test
    void agencies_come_in_realistic_proportions_and_some_miss_a_year(@TempDir Path dir) throws Exception {
        NationalGenerator.Written w = new NationalGenerator(Catalogs.bundled(), 11).write(dir, 3000, 2565, 2566);
        List<String> rows = Files.readAllLines(dir.resolve("national-2566-wide.csv"));
        long sao = rows.stream().filter(r -> r.contains(",อบต.,")).count();
        long pao = rows.stream().filter(r -> r.contains(",อบจ.,")).count();
        long departments = rows.stream().filter(r -> r.contains(",กรม,")).count();
        assertTrue(sao > 0.5 * rows.size() && sao < 0.7 * rows.size(), "subdistrict administrations are most: " + sao);
        assertTrue(pao >= 70 && pao <= 76, "one provincial administration per province: " + pao);
        assertTrue(departments > 20 && departments < 70, "departments: " + departments);
        assertTrue(rows.size() - 1 < 3000, "some agencies miss 2566");
        assertTrue(rows.size() - 1 > 2850);
        assertEquals(w.rows(), Files.readAllLines(dir.resolve("national-2565-wide.csv")).size() - 1 + rows.size() - 1);
        assertEquals(4 + Catalogs.bundled().forYear(2566).orElseThrow().items().size(), rows.get(0).split(",").length,
                "header: name, type, province, year and every item of the FY2566 catalog");
    }

    @Test
    void respondents_are_written_on_request_beside_unchanged_scores(@TempDir Path dir) throws Exception {
        NationalGenerator.Written plain = new NationalGenerator(Catalogs.bundled(), 7).write(dir.resolve("a"), 200, 2566, 2567);
        NationalGenerator.Written with = new NationalGenerator(Catalogs.bundled(), 7).write(dir.resolve("b"), 200, 2566, 2567, true);
        for (Path f : plain.files()) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(dir.resolve("b").resolve(f.getFileName())),
                    "the scores do not depend on --respondents: " + f.getFileName());
        }
        NationalGenerator.Respondents r = with.respondents();
        assertEquals(dir.resolve("b/respondents/2567"), r.dir());
        List<String> index = Files.readAllLines(r.dir().resolve("index.csv"));
        assertEquals("file,agency_id,agency_name,agency_type,province,tool,respondents", index.get(0));
        long agencies2567 = Files.readAllLines(dir.resolve("b/national-2567-wide.csv")).size() - 1;
        assertEquals(2 * agencies2567, r.files(), "an IIT and an EIT file for each agency with FY2567 scores");
        assertEquals(r.files(), index.size() - 1);
        long rows = 0;
        for (String line : index.subList(1, index.size())) {
            String[] cells = line.split(",");
            Path file = r.dir().resolve(cells[0]);
            List<String> lines = Files.readAllLines(file);
            assertEquals(Integer.parseInt(cells[6]), lines.size() - 1, cells[0]);
            assertTrue(cells[0].startsWith(cells[1] + "-"), "named by the agency id the batch derives: " + cells[0]);
            assertTrue(lines.get(0).startsWith(cells[5].equals("IIT") ? "ประทับเวลา,i1. " : "ประทับเวลา,e1. "), lines.get(0));
            rows += lines.size() - 1;
        }
        assertEquals(r.rows(), rows);
        assertTrue(rows > 2 * agencies2567 * 25, "about the NACC minimum of 30 or more per tool: " + rows);
        new NationalGenerator(Catalogs.bundled(), 7).write(dir.resolve("c"), 200, 2566, 2567, true);
        for (String line : index.subList(1, 20)) {
            String name = line.split(",")[0];
            assertArrayEquals(Files.readAllBytes(r.dir().resolve(name)),
                    Files.readAllBytes(dir.resolve("c/respondents/2567").resolve(name)), "deterministic: " + name);
        }
    }

    @Test
    void respondents_of_a_total_only_year_are_refused_before_anything_is_written(@TempDir Path dir) {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new NationalGenerator(Catalogs.bundled(), 7).write(dir.resolve("x"), 10, 2558, 2560, true));
        assertTrue(e.getMessage().contains("FY2560 has no survey coding"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("x")), "nothing written");
    }
}
