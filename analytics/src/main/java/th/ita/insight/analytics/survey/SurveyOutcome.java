package th.ita.insight.analytics.survey;

import th.ita.insight.survey.ColumnMatch;
import th.ita.insight.survey.Projection;
import th.ita.insight.survey.SelfAssessment;

import java.util.List;
import java.util.Map;

/** What one {@code ./ita survey} did, for its summary and exit code; aggregates and headers only. */
public record SurveyOutcome(String agencyName, String description, List<ColumnMatch> columns, long rows,
                            SelfAssessment assessment, Projection projection, Integer officialYear,
                            Map<String, Long> rejects, long millis) {

    public long rejected() {
        return rejects.values().stream().mapToLong(Long::longValue).sum();
    }

    public int exitCode() {
        return rejected() > 0 ? th.ita.insight.analytics.ExitCodes.COMPLETED_WITH_REJECTS : th.ita.insight.analytics.ExitCodes.OK;
    }
}
