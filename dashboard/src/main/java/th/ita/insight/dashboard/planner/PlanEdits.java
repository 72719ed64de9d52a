package th.ita.insight.dashboard.planner;

import th.ita.insight.dashboard.web.BadRequest;
import th.ita.insight.dashboard.web.NotFound;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The planner's changes, shared by the forms and the JSON API: validate, then write through the
 * repository (which audits). The caller has already checked the account may edit the agency.
 */
final class PlanEdits {
    private final PlanRepository plans;
    private final AnalyticsFacts facts;

    PlanEdits(PlanRepository plans, AnalyticsFacts facts) {
        this.plans = plans;
        this.facts = facts;
    }

    /** Adds a recommended measure to next year's plan; adding it again returns the item made the first time. */
    PlanItem addRecommended(String actor, String agencyId, int year, String measureId) throws SQLException {
        PlanItem existing = plans.findByMeasure(agencyId, year, measureId);
        if (existing != null) {
            return existing;
        }
        AnalyticsFacts.Recommended r = facts.recommended(agencyId, year, measureId);
        if (r == null) {
            throw new NotFound("ไม่พบมาตรการ '" + th.ita.insight.dashboard.web.Lang.abbreviate(measureId)
                    + "' ในข้อเสนอของปีนี้", "measure '" + th.ita.insight.dashboard.web.Lang.abbreviate(measureId)
                    + "' is not among this year's recommendations");
        }
        return plans.create(actor, agencyId, year, measureId, r.themeTh(), r.themeEn(), r.draft());
    }

    /** A measure of the agency's own, not from the recommendations. */
    PlanItem addFree(String actor, String agencyId, int year, Map<String, String> fields) throws SQLException {
        PlanDraft d = valid(fields);
        if (d.start() == null && d.end() == null) {
            d = new PlanDraft(d.title(), d.questions(), d.approach(), d.responsible(), d.steps(), ThaiDates.fiscalYearStart(year + 1),
                    ThaiDates.fiscalYearEnd(year + 1), d.targetScore(), d.status(), d.outcome(), d.evidence());
        }
        return plans.create(actor, agencyId, year, null, null, null, d);
    }

    PlanItem update(String actor, PlanItem item, String version, Map<String, String> fields) throws SQLException {
        int expected;
        try {
            expected = Integer.parseInt(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            throw new BadRequest("ขาดเลขรุ่นของมาตรการ (version)", "the item's version is missing");
        }
        return plans.update(actor, item.id(), expected, valid(fields));
    }

    PlanNote addNote(String actor, PlanItem item, String date, String text) throws SQLException {
        List<PlanValidation.Problem> problems = PlanValidation.note(date, text);
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
        LocalDate on = PlanValidation.parseDate(date);
        return plans.addNote(actor, item, on, text);
    }

    private static PlanDraft valid(Map<String, String> fields) {
        PlanValidation.Result r = PlanValidation.validate(fields);
        if (!r.ok()) {
            throw refused(r.problems());
        }
        return r.draft();
    }

    private static BadRequest refused(List<PlanValidation.Problem> problems) {
        return new BadRequest(String.join("; ", problems.stream().map(PlanValidation.Problem::th).toList()),
                String.join("; ", problems.stream().map(PlanValidation.Problem::en).toList()));
    }
}
