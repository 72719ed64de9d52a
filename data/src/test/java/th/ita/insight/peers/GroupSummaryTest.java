package th.ita.insight.peers;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GroupSummaryTest {

    @Test
    void percentiles_interpolate_between_the_closest_ranks() {
        // Spark's documented example: percentile(col, array(0.25, 0.75)) of (0), (10) is [2.5, 7.5].
        GroupSummary s = GroupSummary.of(new double[]{10, 0}, 2);
        assertEquals(2, s.n());
        assertEquals(1.0, s.p10());
        assertEquals(2.5, s.p25());
        assertEquals(5.0, s.p50());
        assertEquals(7.5, s.p75());
        assertEquals(9.0, s.p90());
        assertEquals(5.0, s.mean());
    }

    @Test
    void a_group_of_one_has_every_statistic_equal_to_its_score() {
        GroupSummary s = GroupSummary.of(new double[]{96.98}, 1);
        assertEquals(new GroupSummary(1, 96.98, 96.98, 96.98, 96.98, 96.98, 96.98), s);
    }

    @Test
    void scores_in_any_order_give_the_same_figures() {
        double[] a = {88.41, 95.12, 70.0, 89.9, 92.35, 61.27, 99.44};
        double[] b = {99.44, 61.27, 92.35, 89.9, 70.0, 95.12, 88.41};
        assertEquals(GroupSummary.of(a, a.length), GroupSummary.of(b, b.length));
        // sorted: 61.27 70 88.41 89.9 92.35 95.12 99.44; p50 at position 3, p90 at 5.4 = 95.12 + 0.4 × 4.32
        assertEquals(89.9, GroupSummary.of(a, a.length).p50());
        assertEquals(96.85, GroupSummary.of(a, a.length).p90());
    }

    @Test
    void the_mean_is_exact_decimal_and_rounded_half_even() {
        // 85.96 and 85.97: the mean is exactly 85.965, which half-even rounds to 85.96 ...
        assertEquals(85.96, GroupSummary.of(new double[]{85.96, 85.97}, 2).mean());
        // ... and 85.975 to 85.98; doubles added in another order could land on either side.
        assertEquals(85.98, GroupSummary.of(new double[]{85.97, 85.98}, 2).mean());
        assertEquals(33.33, GroupSummary.of(new double[]{100, 0, 0}, 3).mean());
    }

    @Test
    void only_the_first_count_values_belong_to_the_group() {
        GroupSummary s = GroupSummary.of(new double[]{50, 60, 1000, -5}, 2);
        assertEquals(2, s.n());
        assertEquals(59.0, s.p90());
        assertEquals(55.0, s.mean());
    }

    @Test
    void an_empty_group_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> GroupSummary.of(new double[0], 0));
    }

    @Test
    void a_score_becomes_ten_thousandths_exactly_as_its_shortest_decimal_form_rounded_half_up() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int i = 0; i < 1_000_000; i++) {
            double score = switch (i % 4) {
                case 0 -> random.nextInt(10_001) / 100.0;                          // a printed figure
                case 1 -> (random.nextInt(10_001) + random.nextInt(10_001)) / 200.0; // a mean of two
                case 2 -> random.nextDouble() * 100;                                // any double
                default -> random.nextInt(1_000_001) / 10_000.0 + 0.00005;          // near a half-way point
            };
            long exact = java.math.BigDecimal.valueOf(score).setScale(4, java.math.RoundingMode.HALF_UP)
                    .unscaledValue().longValueExact();
            assertEquals(exact, GroupSummary.tenThousandths(score), () -> "score " + score);
        }
        assertEquals(3000, GroupSummary.tenThousandths(0.1 + 0.2));
        assertEquals(1000000, GroupSummary.tenThousandths(100.0));
        assertEquals(0, GroupSummary.tenThousandths(0.0));
    }
}
