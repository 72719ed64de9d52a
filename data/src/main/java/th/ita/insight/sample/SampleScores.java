package th.ita.insight.sample;

import th.ita.insight.catalog.Catalogs;

import java.util.HashMap;
import java.util.Map;

/** One sample agency-year's item scores, straight from the generator (for examples and tests). */
public final class SampleScores {
    private SampleScores() {
    }

    public static Map<String, Double> of(String agencyName, int year) {
        Map<String, Double> scores = new HashMap<>();
        new SampleGenerator(Catalogs.bundled(), SampleGenerator.DEFAULT_SEED).generate(year).stream()
                .filter(s -> s.agency().name().equals(agencyName))
                .forEach(s -> scores.put(s.item().code(), s.hundredths() / 100.0));
        return scores;
    }
}
