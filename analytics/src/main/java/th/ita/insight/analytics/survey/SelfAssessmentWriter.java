package th.ita.insight.analytics.survey;

import th.ita.insight.catalog.Tool;
import th.ita.insight.measures.Recommendation;
import th.ita.insight.survey.Projection;
import th.ita.insight.survey.SelfAssessment;
import th.ita.insight.weakitems.WeakItem;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes one self-assessment into the self_assessment_* tables: the surveyed tool's rows replace the
 * previous ones of that agency-year-tool, the projection (total, weak items, measures) replaces the
 * agency-year's. Aggregates only: nothing here can hold a respondent's answer.
 */
final class SelfAssessmentWriter {
    private SelfAssessmentWriter() {
    }

    record Source(String name, long rejected, Instant at) {
    }

    static void write(Connection c, String agencyId, SelfAssessment s, Projection p, Integer officialYear, Source source)
            throws SQLException {
        String tool = s.tool().name();
        for (String table : new String[]{"self_assessment_tool", "self_assessment_indicator", "self_assessment_question"}) {
            update(c, "DELETE FROM " + table + " WHERE agency_id = ? AND fiscal_year = ? AND tool = ?", agencyId,
                    s.fiscalYear(), tool);
        }
        for (String table : new String[]{"self_assessment_total", "self_assessment_weak_item",
                "self_assessment_recommendation", "self_assessment_recommendation_item"}) {
            update(c, "DELETE FROM " + table + " WHERE agency_id = ? AND fiscal_year = ?", agencyId, s.fiscalYear());
        }
        SelfAssessment.Figure t = s.toolScore();
        update(c, "INSERT INTO self_assessment_tool VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                agencyId, s.fiscalYear(), tool, t.score(), t.ciLow(), t.ciHigh(), s.respondents(), s.minimum(),
                s.belowMinimum(), s.replicates(), s.seed(), s.codingAssumed(), source.name(), source.rejected(),
                Timestamp.from(source.at()),
                s.warnings().stream().map(SelfAssessment.Warning::th).collect(Collectors.joining("\n")),
                s.warnings().stream().map(SelfAssessment.Warning::en).collect(Collectors.joining("\n")));
        for (SelfAssessment.Indicator i : s.indicators()) {
            update(c, "INSERT INTO self_assessment_indicator VALUES (?, ?, ?, ?, ?, ?, ?)", agencyId, s.fiscalYear(),
                    tool, i.number(), i.figure().score(), i.figure().ciLow(), i.figure().ciHigh());
        }
        for (SelfAssessment.Question q : s.questions()) {
            update(c, "INSERT INTO self_assessment_question VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", agencyId,
                    s.fiscalYear(), tool, q.indicator(), q.code(), q.figure().score(), q.respondents(),
                    q.figure().ciLow(), q.figure().ciHigh(), q.subItems());
        }
        update(c, "INSERT INTO self_assessment_total VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", agencyId,
                s.fiscalYear(), p.total(), p.grade() == null ? null : p.grade().code(),
                p.grade() == null ? null : p.grade().labelTh(), p.grade() == null ? null : p.grade().labelEn(),
                p.grade() == null ? null : p.grade().pass(), p.tools().get(Tool.IIT), basis(p, Tool.IIT),
                p.tools().get(Tool.EIT), basis(p, Tool.EIT), p.tools().get(Tool.OIT), basis(p, Tool.OIT),
                p.basis().containsValue(Projection.Basis.OFFICIAL) ? officialYear : null);
        for (WeakItem w : p.weakItems()) {
            update(c, "INSERT INTO self_assessment_weak_item VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", agencyId,
                    s.fiscalYear(), w.level().name().toLowerCase(Locale.ROOT), w.key(), w.tool().name(), w.indicator(),
                    w.score(), w.peerMedian(), w.gap(), w.reasons().stream().map(x -> x.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(",")), w.yearsWeak(),
                    w.severity().name().toLowerCase(Locale.ROOT), w.reasonTh(), w.reasonEn());
        }
        for (Recommendation r : p.recommendations()) {
            update(c, "INSERT INTO self_assessment_recommendation VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    agencyId, s.fiscalYear(), r.rank(), r.measure().id(), r.measure().theme().titleTh(),
                    r.measure().theme().titleEn(), r.measure().titleTh(), r.measure().titleEn(), r.expectedGain(),
                    r.items().stream().map(Recommendation.Contribution::code).filter(x -> !x.startsWith("o"))
                            .collect(Collectors.joining(",")), String.join(",", r.oitRefs()),
                    r.rationaleTh(), r.rationaleEn());
            for (Recommendation.Contribution i : r.items()) {
                update(c, "INSERT INTO self_assessment_recommendation_item VALUES (?, ?, ?, ?, ?, ?, ?, ?)", agencyId,
                        s.fiscalYear(), r.measure().id(), i.code(), i.score(), i.target(), i.share(), i.gain());
            }
        }
    }

    private static String basis(Projection p, Tool tool) {
        Projection.Basis b = p.basis().get(tool);
        return b == null ? null : b.name().toLowerCase(Locale.ROOT);
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] == null) {
                    ps.setNull(i + 1, Types.NULL);
                } else {
                    ps.setObject(i + 1, params[i]);
                }
            }
            ps.executeUpdate();
        }
    }
}
