package th.ita.insight.weakitems;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The priority tiers on hand-computed cases from the sample (docs/analytics.md, "Priorities"). */
class TiersTest {
    private static final Set<WeakReason> BAR = Set.of(WeakReason.BELOW_THRESHOLD);
    private static final Set<WeakReason> BAR_AND_PEERS = Set.of(WeakReason.BELOW_THRESHOLD, WeakReason.BELOW_PEERS);
    private static final Set<WeakReason> INDICATOR_MEAN = Set.of(WeakReason.BELOW_INDICATOR_MEAN);

    @Test
    void an_undisclosed_oit_item_is_urgent_whatever_it_is_worth() {
        assertEquals(Severity.URGENT, Tiers.tier(Set.of(WeakReason.NOT_DISCLOSED, WeakReason.BELOW_THRESHOLD), 0, 100.0, 1, 0.61));
    }

    @Test
    void below_the_bar_and_behind_the_peers_is_urgent_from_a_quarter_point() {
        // ทุ่งบุหลัง FY2566 e9: 75.70, peers 85.25, EIT share 0.02 × (85 − 75.70) = 0.186 … with p75 87: 0.226
        assertEquals(Severity.IMPROVE, Tiers.tier(BAR_AND_PEERS, 75.70, 85.25, 1, 0.2460));
        assertEquals(Severity.URGENT, Tiers.tier(BAR_AND_PEERS, 75.70, 85.25, 1, 0.2500));
        // … or from a fifth of a point when it was weak the year before too
        assertEquals(Severity.URGENT, Tiers.tier(BAR_AND_PEERS, 75.70, 85.25, 2, 0.2000));
        assertEquals(Severity.IMPROVE, Tiers.tier(BAR_AND_PEERS, 75.70, 85.25, 2, 0.1999));
    }

    @Test
    void below_the_bar_where_the_whole_group_is_low_is_a_point_to_develop() {
        // i8 73.12 with the group's median 77.55 (not more than the 5-point margin behind): below the bar, not behind peers.
        assertEquals(Severity.IMPROVE, Tiers.tier(BAR, 73.12, 77.55, 3, 0.119));
    }

    @Test
    void the_best_agency_of_its_province_keeps_its_level() {
        // นาทอน FY2566 i4–i6 at 99.16 (0.01 × 0.84 = 0.0084) and i9 at 99.00: found by rule (c), worth nothing.
        assertEquals(Severity.MAINTAIN, Tiers.tier(INDICATOR_MEAN, 99.16, 99.30, 1, 0.0084));
        assertEquals(Severity.MAINTAIN, Tiers.tier(Set.of(WeakReason.WEAK_INDICATOR), 99.00, 99.10, 3, 0.0100));
    }

    @Test
    void an_item_above_its_peers_is_kept_at_its_level_even_when_weak_three_years() {
        // นาทอน FY2566 e13 at 90.30, the group's median 78.77: worth 0.194 towards 100, but nothing to catch up on.
        assertEquals(Severity.MAINTAIN, Tiers.tier(INDICATOR_MEAN, 90.30, 78.77, 3, 0.194));
        // the same item below its peers is a point to develop
        assertEquals(Severity.IMPROVE, Tiers.tier(INDICATOR_MEAN, 90.30, 92.00, 3, 0.194));
    }

    @Test
    void the_gain_floor_separates_develop_from_maintain() {
        assertEquals(Severity.IMPROVE, Tiers.tier(BAR, 80.0, null, 1, 0.05));
        assertEquals(Severity.MAINTAIN, Tiers.tier(BAR, 84.6, null, 1, 0.049));
    }

    @Test
    void published_columns_map_to_tiers_including_the_old_watch() {
        assertEquals(Severity.URGENT, Severity.ofColumn("urgent"));
        assertEquals(Severity.IMPROVE, Severity.ofColumn("improve"));
        assertEquals(Severity.MAINTAIN, Severity.ofColumn("maintain"));
        assertEquals(Severity.MAINTAIN, Severity.ofColumn("watch"));
    }
}
