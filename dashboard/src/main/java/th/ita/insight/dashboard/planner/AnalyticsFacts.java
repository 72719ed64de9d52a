package th.ita.insight.dashboard.planner;

import th.ita.insight.dashboard.analysis.WeakPoints;
import th.ita.insight.dashboard.web.Rows;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the planner reads from the published analytics (never writes): the item codes of the catalog a plan
 * is checked against, an item's tool and indicator, and a recommended measure turned into a first draft of a plan item.
 */
public final class AnalyticsFacts {
    /** The catalog year a plan is checked against (catalogFor) and its item codes. */
    public record PlanCatalog(int year, Set<String> codes) {
    }

    /** Where an item sits in a year's catalog. */
    public record ItemPlace(String tool, int indicator, String indicatorTh, String indicatorEn) {
    }

    /** A recommended measure ready to become a plan item. */
    record Recommended(String themeTh, String themeEn, PlanDraft draft) {
    }

    private final Rows rows;

    public AnalyticsFacts(Rows rows) {
        this.rows = rows;
    }

    /**
     * The catalog a plan for {@code planYear} is checked against: that year's, or the newest before it while the
     * year has none yet (a plan for FY2569 made before FY2569's catalog is loaded), or the newest of all for a
     * year before every catalog. A plan made from the FY2566 analysis cites FY2567 codes, so it is never flagged
     * against a later year's renumbered list.
     */
    public PlanCatalog catalogFor(int planYear) throws SQLException {
        List<Map<String, Object>> r = rows.list("SELECT fiscal_year, code FROM catalog_question WHERE fiscal_year = "
                + "coalesce((SELECT max(fiscal_year) FROM catalog_question WHERE fiscal_year <= ?), "
                + "(SELECT max(fiscal_year) FROM catalog_question))", planYear);
        Set<String> codes = new HashSet<>();
        int year = 0;
        for (Map<String, Object> row : r) {
            year = ((Number) row.get("fiscal_year")).intValue();
            codes.add(((String) row.get("code")).toLowerCase(java.util.Locale.ROOT));
        }
        return new PlanCatalog(year, codes);
    }

    /** Code → tool and indicator in the given year's catalog. */
    public Map<String, ItemPlace> places(int year) throws SQLException {
        Map<String, ItemPlace> out = new HashMap<>();
        for (Map<String, Object> r : rows.list("SELECT q.code, q.tool, q.indicator, i.name_th, i.name_en FROM catalog_question q "
                + "LEFT JOIN catalog_indicator i ON i.fiscal_year = q.fiscal_year AND i.indicator = q.indicator "
                + "WHERE q.fiscal_year = ?", year)) {
            out.put(((String) r.get("code")).toLowerCase(java.util.Locale.ROOT), new ItemPlace((String) r.get("tool"),
                    ((Number) r.get("indicator")).intValue(), (String) r.get("name_th"), (String) r.get("name_en")));
        }
        return out;
    }

    /** The measure the weak-points page recommended for the agency-year, as a draft for the year after; null if none. */
    Recommended recommended(String agencyId, int year, String measureId) throws SQLException {
        for (WeakPoints.Theme theme : WeakPoints.load(rows, agencyId, year)) {
            for (WeakPoints.Measure m : theme.measures()) {
                if (!m.measureId().equals(measureId)) {
                    continue;
                }
                // The plan is for the year after the analysis (DESIGN §9.1): it cites that year's codes, or none.
                // A weak item keeps its place only where the plan year has the same item (comparable_to); questions
                // keep their code while the plan year has no catalog yet, OIT codes never do (their lists change).
                boolean nextCatalog = rows.one("SELECT 1 AS y FROM catalog_question WHERE fiscal_year = ? LIMIT 1", year + 1) != null;
                Set<String> codes = new java.util.LinkedHashSet<>();
                for (WeakPoints.Item i : m.items()) {
                    boolean oit = i.code().startsWith("o");
                    if (!nextCatalog) {
                        if (!oit) {
                            codes.add(i.code());
                        }
                        continue;
                    }
                    Map<String, Object> same = rows.one("SELECT code FROM catalog_question WHERE fiscal_year = ? "
                            + "AND comparable_to = ?", year + 1, i.code());
                    if (same != null) {
                        codes.add(((String) same.get("code")).toLowerCase(java.util.Locale.ROOT));
                    }
                }
                for (Map<String, Object> r : rows.list("SELECT code FROM measure_oit WHERE measure_id = ? AND fiscal_year = ? "
                        + "ORDER BY position", m.measureId(), year + 1)) {
                    codes.add(((String) r.get("code")).toLowerCase(java.util.Locale.ROOT));
                }
                double target = m.items().stream().mapToDouble(WeakPoints.Item::target).filter(t -> !Double.isNaN(t)).average().orElse(Double.NaN);
                PlanDraft draft = new PlanDraft(m.titleTh(), codes.stream().filter(c -> c.matches("[ieo][0-9]{1,2}")).toList(),
                        m.howTh(), m.responsibleTh(), "", ThaiDates.fiscalYearStart(year + 1), ThaiDates.fiscalYearEnd(year + 1),
                        Double.isNaN(target) ? null : Math.round(target * 100) / 100.0, PlanStatus.PLANNED, "", List.of());
                return new Recommended(theme.nameTh(), theme.nameEn(), draft);
            }
        }
        return null;
    }
}
