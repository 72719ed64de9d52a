package th.ita.insight.sample;

import org.junit.jupiter.api.Test;
import th.ita.insight.catalog.CatalogItem;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.catalog.Tool;
import th.ita.insight.catalog.YearCatalog;
import th.ita.insight.survey.AnswerCoder;
import th.ita.insight.survey.SurveyCoding;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generated answers, read back with the coding {@code ./ita survey} uses, average to the scores they were
 * drawn from — for 4-step and yes/no questions, positively and negatively worded, as labels and as numbers.
 */
class RespondentAnswersTest {
    private static final YearCatalog FY2568 = Catalogs.bundled().forYear(2568).orElseThrow();
    private static final SurveyCoding CODING = SurveyCoding.forYear(2568).orElseThrow();

    @Test
    void coded_means_come_back_to_the_scores_for_every_kind_of_question() {
        List<CatalogItem> questions = FY2568.items().stream().filter(q -> q.tool() != Tool.OIT).toList();
        assertTrue(questions.stream().anyMatch(q -> q.direction() == CatalogItem.Direction.NEGATIVE), "negative items are covered");
        assertTrue(questions.stream().anyMatch(q -> q.scale() == CatalogItem.Scale.YES_NO), "yes/no items are covered");
        Random targets = new Random(3);
        double[] scores = new double[questions.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = i == 0 ? 100 : i == 1 ? 0 : i == 2 ? 50 : Math.round(targets.nextDouble() * 10_000) / 100.0;
        }
        AnswerCoder coder = new AnswerCoder(CODING);
        for (boolean asNumber : new boolean[] {false, true}) {
            List<List<String>> rows = new RespondentAnswers(CODING).rows(questions, scores, 20_000, asNumber, new Random(5));
            assertEquals(20_000, rows.size());
            for (int q = 0; q < questions.size(); q++) {
                double sum = 0;
                int answered = 0;
                for (List<String> row : rows) {
                    AnswerCoder.Coded c = coder.code(questions.get(q), row.get(q + 1));
                    assertNotEquals(AnswerCoder.Coded.Kind.UNKNOWN, c.kind(), "'" + row.get(q + 1) + "' is an answer the coding knows");
                    if (c.kind() == AnswerCoder.Coded.Kind.POINTS) {
                        sum += c.points();
                        answered++;
                    }
                }
                assertTrue(answered > 19_500 && answered < 20_000, "about 1 % left blank: " + answered);
                // 20,000 draws of at most 33 points apart (100 for yes/no): the standard error is under 0.4.
                assertEquals(scores[q], sum / answered, 1.6, questions.get(q).code() + (asNumber ? " as numbers" : " as labels"));
            }
        }
    }

    @Test
    void the_header_names_each_question_by_code_and_thai_text_after_a_timestamp_the_reader_ignores() {
        List<CatalogItem> iit = FY2568.items().stream().filter(q -> q.tool() == Tool.IIT).toList();
        List<String> header = RespondentAnswers.header(iit);
        assertEquals("ประทับเวลา", header.get(0));
        assertEquals(iit.size() + 1, header.size());
        assertEquals("i1. " + iit.get(0).textTh(), header.get(1));
    }
}
