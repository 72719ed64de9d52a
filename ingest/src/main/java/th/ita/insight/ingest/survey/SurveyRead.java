package th.ita.insight.ingest.survey;

import th.ita.insight.ingest.validate.Reject;
import th.ita.insight.survey.AnswerMatrix;
import th.ita.insight.survey.ColumnMatch;

import java.util.List;
import java.util.Map;

/**
 * What reading one survey file gave: how each column was understood, the coded answers (in memory
 * only), the questions asked in sub-items and the rejects.
 *
 * @param rows data rows read (respondents who answered nothing are counted here, not in the matrix)
 */
public record SurveyRead(String description, List<ColumnMatch> columns, AnswerMatrix answers,
                         Map<String, Integer> subItems, List<Reject> rejects, long rows) {
}
