package th.ita.insight.peers;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GroupRanksTest {

    @Test
    void the_highest_score_ranks_first_and_ties_share_a_rank() {
        GroupRanks ranks = new GroupRanks(new double[]{90, 95, 90, 80}, 4);
        assertEquals(1, ranks.rank(95));
        assertEquals(2, ranks.rank(90));
        assertEquals(4, ranks.rank(80));
        assertEquals(4, ranks.n());
    }

    @Test
    void the_percentile_is_the_share_of_the_others_scoring_lower() {
        GroupRanks ranks = new GroupRanks(new double[]{90, 95, 90, 80}, 4);
        assertEquals(100.0, ranks.percentile(95));
        assertEquals(33.3, ranks.percentile(90)); // 1 of the 3 others
        assertEquals(0.0, ranks.percentile(80));
    }

    @Test
    void alone_in_a_group_is_rank_one_at_percentile_zero() {
        GroupRanks ranks = new GroupRanks(new double[]{77.5, 12}, 1);
        assertEquals(1, ranks.rank(77.5));
        assertEquals(0.0, ranks.percentile(77.5));
    }
}
