package th.ita.insight.scoring;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Decimals.fixed prints what String.format prints, for every kind of value the batch formats. */
class DecimalsTest {
    private static void same(double v, int places) {
        assertEquals(String.format(Locale.ROOT, "%." + places + "f", v), Decimals.fixed(v, places), "value " + v);
    }

    @Test
    void ties_signs_zeros_and_oddities_print_as_string_format_prints_them() {
        double[] values = {0, -0.0, 0.005, 0.015, 1.005, 2.675, 96.975, 85.965, 85.96499999999999, -0.001, -0.005,
                -1.5, 99.995, 99.99499999999999, 100, 1e-9, -1e-9, 12345.6789, 0.125, 0.375, 5e-5, 1.00005,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE};
        for (double v : values) {
            same(v, 2);
            same(v, 4);
        }
    }

    @Test
    void a_million_scores_gains_and_shares_print_as_string_format_prints_them() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 1_000_000; i++) {
            double score = random.nextInt(0, 1_000_001) / 10_000.0;      // 0–100 with up to 4 decimals
            double sum = score * random.nextDouble(0, 1.5);               // products and sums with float noise
            double share = random.nextDouble(-0.2, 0.2);
            same(score, 2);
            same(sum, 2);
            same(share, 4);
            same(-sum, 2);
            same(score, 4);
            same(-score, 2);
            same(random.nextInt(-1_000_000, 1_000_001) / 100.0, 2);   // exact 2-decimal values, both signs
        }
    }

    @Test
    void values_near_a_tie_and_large_values_print_as_string_format_prints_them() {
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < 500_000; i++) {
            double tie2 = random.nextInt(0, 10_000_000) / 100.0 + 0.005;      // x.xx5 as a double: just above or below
            double tie4 = random.nextInt(0, 1_000_000) / 10_000.0 + 0.00005;
            double near = tie2 + (random.nextBoolean() ? 1 : -1) * random.nextDouble(0, 2e-4);
            double large = random.nextDouble(0, 2e6);                         // across the 10⁶ limit of the shortcut
            same(tie2, 2);
            same(-tie2, 2);
            same(tie4, 4);
            same(near, 2);
            same(near, 4);
            same(large, 2);
            same(large, 4);
            same(Math.nextUp(tie2), 2);
            same(Math.nextDown(tie2), 2);
        }
    }

    @Test
    void rounding_to_two_decimals_matches_the_half_up_of_the_shortest_decimal_form() {
        SplittableRandom random = new SplittableRandom(11);
        double[] values = {0, -0.0, 96.975, 2.675, 1.005, -1.005, 85.965, 99.995, 0.125, 1e-9, 12345.675, 1e10 + 0.125};
        for (double v : values) {
            assertRounds(v);
        }
        for (int i = 0; i < 1_000_000; i++) {
            double score = random.nextInt(0, 1_000_001) / 10_000.0;
            assertRounds(score);
            assertRounds(-score);
            assertRounds(score * random.nextDouble(0, 1.5));
            assertRounds(random.nextInt(0, 10_001) / 100.0);
        }
    }

    private static void assertRounds(double v) {
        double expected = java.math.BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(Rounding.twoDecimals(v)), "value " + v);
    }
}
