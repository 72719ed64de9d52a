package th.ita.insight.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.catalog.CatalogItem;
import th.ita.insight.scoring.AgencyYearRollup;
import th.ita.insight.scoring.Rounding;
import th.ita.insight.scoring.ScoreRollup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleGeneratorTest {
    private final SampleGenerator generator = new SampleGenerator(Catalogs.bundled(), SampleGenerator.DEFAULT_SEED);

    @Test
    void the_committed_sample_is_what_the_generator_writes(@TempDir Path tmp) throws IOException {
        generator.write(tmp);
        Path committed = Path.of("sample");
        for (String name : List.of("ita-2564-2566-long.csv", "ita-2567-wide-windows874.csv", "ita-2568-wide.csv",
                HistorySample.FILE)) {
            assertArrayEquals(Files.readAllBytes(committed.resolve(name)), Files.readAllBytes(tmp.resolve(name)),
                    name + " differs: regenerate with ./ita sample --out data/sample");
        }
    }

    @Test
    void nathon_fy2566_question_scores_roll_up_to_every_published_indicator_and_the_total() {
        AgencyYearRollup r = rollUp("องค์การบริหารส่วนตำบลนาทอน", 2566);
        double[] published = {99.44, 97.75, 98.79, 97.47, 98.79, 92.83, 91.26, 90.33, 100.0, 100.0};
        for (int i = 0; i < published.length; i++) {
            assertEquals(published[i], Rounding.twoDecimals(r.indicators().get(i + 1).score()), "indicator " + (i + 1));
        }
        assertEquals(96.98, r.publishedTotal());
    }

    @Test
    void nathon_fy2566_weak_questions_are_the_ones_below_their_indicator_mean() {
        Map<String, Double> q = questionScores("องค์การบริหารส่วนตำบลนาทอน", 2566);
        for (String weak : List.of("i3", "i4", "i5", "i6", "i7", "i13", "i22", "e3")) {
            CatalogItem item = Catalogs.bundled().forYear(2566).orElseThrow().item(weak).orElseThrow();
            double mean = rollUp("องค์การบริหารส่วนตำบลนาทอน", 2566).indicators().get(item.indicator()).score();
            assertTrue(q.get(weak) < mean, weak + " " + q.get(weak) + " should be below " + mean);
        }
        assertTrue(q.get("i1") > 99.44 && q.get("i2") > 99.44);
        assertEquals(98.79, q.get("i25"));
        assertEquals(98.79, q.get("i30"));
    }

    @Test
    void other_published_figures_are_reproduced() {
        AgencyYearRollup nasom = rollUp("องค์การบริหารส่วนตำบลนาโสม", 2566);
        assertEquals(99.84, Rounding.twoDecimals(nasom.tool(th.ita.insight.catalog.Tool.IIT)));
        assertEquals(94.00, Rounding.twoDecimals(nasom.tool(th.ita.insight.catalog.Tool.EIT)));
        assertEquals(92.50, Rounding.twoDecimals(nasom.tool(th.ita.insight.catalog.Tool.OIT)));
        assertEquals(95.15, nasom.publishedTotal());
        assertEquals(88.37, rollUp("เทศบาลตำบลท่าเดื่อ-มืดกา", 2564).publishedTotal());
        assertEquals("A", rollUp("เทศบาลตำบลท่าเดื่อ-มืดกา", 2564).grade().code());
        assertEquals(99.78, Rounding.twoDecimals(rollUp("องค์การบริหารส่วนตำบลหนองหลวง", 2567).indicators().get(7).score()));
        assertEquals(100.0, rollUp("องค์การบริหารส่วนตำบลรางจรเข้", 2568).tool(th.ita.insight.catalog.Tool.OIT));
    }

    @Test
    void the_sample_covers_what_the_foundation_asks_for() {
        Map<String, Long> types = SampleAgencies.ALL.stream()
                .collect(Collectors.groupingBy(a -> a.type().shortTh(), Collectors.counting()));
        long provinces = SampleAgencies.ALL.stream().map(SampleAgency::province).filter(p -> !p.isEmpty()).distinct().count();
        assertTrue(SampleAgencies.ALL.size() >= 40);
        assertTrue(types.size() >= 4, types.toString());
        assertTrue(provinces >= 4);
        assertTrue(generator.generate(2566).stream().noneMatch(s -> s.agency().name().endsWith("แม่แฝก")),
                "one agency misses FY2566");
        long weak = generator.generate(2568).stream().filter(s -> s.hundredths() < 8500).count();
        assertTrue(weak > 20, "some genuinely weak questions: " + weak);
    }

    private Map<String, Double> questionScores(String agency, int year) {
        Map<String, Double> scores = new HashMap<>();
        generator.generate(year).stream().filter(s -> s.agency().name().equals(agency))
                .forEach(s -> scores.put(s.item().code(), s.hundredths() / 100.0));
        return scores;
    }

    private AgencyYearRollup rollUp(String agency, int year) {
        return new ScoreRollup(Catalogs.bundled().forYear(year).orElseThrow()).rollUp(questionScores(agency, year), Map.of());
    }
}
