package th.ita.insight.survey;

import org.junit.jupiter.api.Test;
import th.ita.insight.catalog.CatalogItem;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.catalog.Tool;
import th.ita.insight.catalog.YearCatalog;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SelfAssessmentScorerTest {
    final YearCatalog fy2566 = Catalogs.bundled().forYear(2566).orElseThrow();
    final SurveyCoding coding = SurveyCoding.forYear(2566).orElseThrow();
    final List<String> eit = fy2566.items().stream().filter(i -> i.tool() == Tool.EIT).map(CatalogItem::code).toList();

    AnswerMatrix randomAnswers(int respondents, long seed) {
        AnswerMatrix m = new AnswerMatrix(eit);
        Random r = new Random(seed);
        double[] points = {0, 33, 67, 100};
        for (int i = 0; i < respondents; i++) {
            for (String code : eit) {
                m.add(code, points[1 + r.nextInt(3)]);
            }
            m.endRespondent();
        }
        return m;
    }

    SelfAssessment score(AnswerMatrix m, long seed) {
        return new SelfAssessmentScorer(fy2566, coding, 500, seed).score(Tool.EIT, m, Map.of(), "sao");
    }

    @Test
    void the_interval_is_reproducible_for_a_seed_and_holds_the_score() {
        AnswerMatrix m = randomAnswers(25, 7);
        SelfAssessment a = score(m, 42);
        SelfAssessment b = score(m, 42);
        assertEquals(a.toolScore(), b.toolScore());
        assertEquals(a.questions(), b.questions());
        assertNotEquals(a.toolScore(), score(m, 43).toolScore(), "another seed draws other replicates");
        SelfAssessment.Figure t = a.toolScore();
        assertTrue(t.ciLow() < t.score() && t.score() < t.ciHigh(), t.toString());
        assertTrue(t.ciHigh() - t.ciLow() > 3, "25 answers cannot pin a tool score to 3 points: " + t);
    }

    @Test
    void fewer_respondents_than_the_nacc_minimum_is_warned() {
        SelfAssessment few = score(randomAnswers(25, 1), 1);
        assertEquals(30, few.minimum());
        assertTrue(few.belowMinimum());
        assertTrue(few.warnings().stream().anyMatch(w -> w.code().equals("below_minimum")));
        SelfAssessment enough = score(randomAnswers(30, 1), 1);
        assertTrue(enough.warnings().stream().noneMatch(w -> w.code().equals("below_minimum")));
    }

    @Test
    void sub_items_are_averaged_per_respondent_before_the_mean_over_respondents() {
        AnswerMatrix m = new AnswerMatrix(List.of("e1"));
        double[][] answers = {{100, 0}, {67}, {33, 33}, {100, 67}, {0, 100}};
        for (double[] respondent : answers) {
            for (double v : respondent) {
                m.add("e1", v);
            }
            m.endRespondent();
        }
        // per respondent 50, 67, 33, 83.5, 50 → (50+67+33+83.5+50)/5 = 56.7
        SelfAssessment s = new SelfAssessmentScorer(fy2566, coding, 10, 1).score(Tool.EIT, m, Map.of("e1", 2), null);
        assertEquals(56.7, s.questions().get(0).figure().score());
        assertEquals(5, s.questions().get(0).respondents());
    }

    @Test
    void a_question_answered_by_fewer_than_five_has_no_score_and_no_tool_score_follows() {
        AnswerMatrix m = randomAnswers(4, 3);
        SelfAssessment s = score(m, 1);
        assertTrue(s.questions().stream().allMatch(q -> q.figure().score() == null && q.respondents() == 4));
        assertNull(s.toolScore().score());
        assertTrue(s.warnings().stream().anyMatch(w -> w.code().equals("privacy_floor")));
    }
}
