package th.ita.insight.dashboard.scores;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LineageTest {
    // FY2566 renumbered: i10 asks what FY2565 i9 asked; e3 asks something new; FY2567 keeps both codes.
    private final Lineage lineage = new Lineage(List.of(
            new Lineage.Entry(2564, "i9", null),
            new Lineage.Entry(2565, "i9", "i9"),
            new Lineage.Entry(2566, "i10", "i9"),
            new Lineage.Entry(2567, "i10", "i10"),
            new Lineage.Entry(2565, "e3", "e3"),
            new Lineage.Entry(2566, "e3", null),
            new Lineage.Entry(2567, "e3", "e3")));

    @Test
    void follows_a_renumbered_question_both_ways() {
        assertEquals(List.of(new Lineage.Step(2564, "i9"), new Lineage.Step(2565, "i9"), new Lineage.Step(2566, "i10"),
                new Lineage.Step(2567, "i10")), lineage.of(2566, "i10"));
        assertEquals(lineage.of(2566, "i10"), lineage.of(2564, "i9"), "the same chain from any of its years");
    }

    @Test
    void stops_where_the_question_changed_meaning() {
        assertEquals(List.of(new Lineage.Step(2566, "e3"), new Lineage.Step(2567, "e3")), lineage.of(2567, "e3"));
        assertEquals(List.of(new Lineage.Step(2565, "e3")), lineage.of(2565, "e3"));
    }

    @Test
    void an_unknown_code_has_no_chain() {
        assertEquals(List.of(), lineage.of(2566, "i31"));
    }
}
