package th.ita.insight.dashboard.analysis;

import th.ita.insight.dashboard.web.Rows;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An agency-year's recommended measures grouped by the seed o42's themes, each with the weak items it
 * answers: the one grouping the weak-points page and the o42 documents share.
 */
public final class WeakPoints {
    /** Theme numbers 1–7 are the seed's ประเด็นที่ 1–7; 0 = by indicator, 99 = an undisclosed OIT item no measure cites. */
    public record Theme(int number, String nameTh, String nameEn, List<Measure> measures) {
        public boolean numbered() {
            return number >= 1 && number <= 7;
        }
    }

    public record Measure(int rank, String measureId, String titleTh, String titleEn, double expectedGain, String oitRefs,
                          String howTh, String howEn, String responsibleTh, String responsibleEn, List<Item> items) {
        /**
         * Worth a plan item: at least {@link th.ita.insight.measures.Priority#MIN_EXPECTED_GAIN} of the total;
         * otherwise the measure is listed as "maintain" (docs/analytics.md, "Priorities"). Items kept at their
         * level still count: นาทอน's EIT questions lead their peers, yet they are what keeps it from the next level.
         */
        public boolean recommended() {
            return th.ita.insight.measures.Priority.recommended(expectedGain);
        }
    }

    /**
     * A weak item with what the o42 writes its sentence from: {@code reasons} is weak_item's comma list of
     * rule codes, {@code peerMedian} null when the peer group is too small, {@code gap} the points below
     * the bar of the reason that weighs most; {@code textConfirmed} false when the question text is a
     * reconstruction (documents then print the code and the indicator's name, DESIGN §9.5).
     */
    public record Item(String code, String textTh, String textEn, double score, double target, double share, double gain,
                       String severity, String reasonTh, String reasonEn,
                       String reasons, Double peerMedian, int yearsWeak, double gap, boolean textConfirmed,
                       int indicator, String indicatorTh, String indicatorEn) {
        public boolean hasReason(String code) {
            return java.util.Arrays.asList(reasons.split(",")).contains(code);
        }
    }

    private WeakPoints() {
    }

    /** The year's OIT titles by code: a measure's references are read with their own year's titles. */
    public static Map<String, String> oitTitles(Rows rows, int year, th.ita.insight.text.Language lang) throws SQLException {
        Map<String, String> out = new java.util.HashMap<>();
        for (Map<String, Object> r : rows.list("SELECT code, text_th, coalesce(text_en, text_th) AS text_en FROM catalog_question "
                + "WHERE fiscal_year = ? AND tool = 'OIT'", year)) {
            out.put(str(r.get("code")), lang.pick(str(r.get("text_th")), str(r.get("text_en"))));
        }
        return out;
    }

    /** How many weak items of the agency-year fall in each priority tier (weak_item.severity). */
    public static Map<th.ita.insight.weakitems.Severity, Integer> tierCounts(Rows rows, String agencyId, int year)
            throws SQLException {
        Map<th.ita.insight.weakitems.Severity, Integer> out = new java.util.EnumMap<>(th.ita.insight.weakitems.Severity.class);
        for (Map<String, Object> r : rows.list("SELECT severity, count(*) AS n FROM weak_item WHERE agency_id = ? "
                + "AND fiscal_year = ? GROUP BY severity", agencyId, year)) {
            out.merge(th.ita.insight.weakitems.Severity.ofColumn(str(r.get("severity"))), ((Number) r.get("n")).intValue(),
                    Integer::sum);
        }
        return out;
    }

    public static List<Theme> load(Rows rows, String agencyId, int year) throws SQLException {
        return load(rows, agencyId, year, "");
    }

    /** @param prefix "" for the official tables, "self_assessment_" for a self-assessment's */
    public static List<Theme> load(Rows rows, String agencyId, int year, String prefix) throws SQLException {
        if (!prefix.isEmpty() && !prefix.equals("self_assessment_")) {
            throw new IllegalArgumentException("unknown table prefix " + prefix);
        }
        // Themes in the seed o42's order (ประเด็นที่ 1–7, then by-indicator, then undisclosed OIT items).
        List<Map<String, Object>> recs = rows.list("SELECT r.*, coalesce(m.theme_number, 99) AS theme_number, "
                + "m.how_th, m.how_en, m.responsible_th, m.responsible_en "
                + "FROM " + prefix + "recommendation r LEFT JOIN measure m USING (measure_id) WHERE r.agency_id = ? AND r.fiscal_year = ? "
                + "ORDER BY CASE WHEN coalesce(m.theme_number, 99) = 0 THEN 98 ELSE coalesce(m.theme_number, 99) END, r.rank",
                agencyId, year);
        List<Map<String, Object>> items = rows.list("""
                SELECT i.measure_id, i.code, i.score, i.target, i.share, i.gain, c.text_th, c.text_en,
                       w.severity, w.reason_th, w.reason_en, w.reasons, w.peer_median, w.years_weak, w.gap,
                       c.text_confirmed, c.indicator, ci.name_th AS indicator_th, ci.name_en AS indicator_en
                FROM %srecommendation_item i
                LEFT JOIN catalog_question c ON c.fiscal_year = i.fiscal_year AND c.code = i.code
                LEFT JOIN catalog_indicator ci ON ci.fiscal_year = c.fiscal_year AND ci.indicator = c.indicator
                LEFT JOIN %sweak_item w ON w.agency_id = i.agency_id AND w.fiscal_year = i.fiscal_year AND w.key = i.code
                WHERE i.agency_id = ? AND i.fiscal_year = ? ORDER BY i.gain DESC, i.code""".formatted(prefix, prefix), agencyId, year);
        return group(recs, items);
    }

    /** Pure: recommendations (already in theme order) and their items (in gain order) → themes. */
    static List<Theme> group(List<Map<String, Object>> recs, List<Map<String, Object>> items) {
        Map<String, List<Item>> byMeasure = new LinkedHashMap<>();
        for (Map<String, Object> i : items) {
            byMeasure.computeIfAbsent(str(i.get("measure_id")), k -> new ArrayList<>()).add(new Item(str(i.get("code")),
                    str(i.get("text_th")), i.get("text_en") == null ? str(i.get("text_th")) : str(i.get("text_en")),
                    dbl(i.get("score")), dbl(i.get("target")), dbl(i.get("share")), dbl(i.get("gain")),
                    str(i.get("severity")), str(i.get("reason_th")), str(i.get("reason_en")), str(i.get("reasons")),
                    i.get("peer_median") == null ? null : dbl(i.get("peer_median")),
                    i.get("years_weak") == null ? 1 : ((Number) i.get("years_weak")).intValue(), dbl(i.get("gap")),
                    Boolean.TRUE.equals(i.get("text_confirmed")), i.get("indicator") == null ? 0 : ((Number) i.get("indicator")).intValue(),
                    str(i.get("indicator_th")), i.get("indicator_en") == null ? str(i.get("indicator_th")) : str(i.get("indicator_en"))));
        }
        Map<String, List<Measure>> byTheme = new LinkedHashMap<>();
        Map<String, Theme> themes = new LinkedHashMap<>();
        for (Map<String, Object> r : recs) {
            int number = ((Number) r.get("theme_number")).intValue();
            String key = number + "|" + str(r.get("theme_th"));
            List<Measure> measures = byTheme.computeIfAbsent(key, k -> new ArrayList<>());
            themes.computeIfAbsent(key, k -> new Theme(number, str(r.get("theme_th")), str(r.get("theme_en")), measures));
            measures.add(new Measure(((Number) r.get("rank")).intValue(), str(r.get("measure_id")), str(r.get("title_th")),
                    str(r.get("title_en")), dbl(r.get("expected_gain")), str(r.get("oit_refs")), str(r.get("how_th")),
                    str(r.get("how_en")), str(r.get("responsible_th")), str(r.get("responsible_en")),
                    List.copyOf(byMeasure.getOrDefault(str(r.get("measure_id")), List.of()))));
        }
        return List.copyOf(themes.values());
    }

    private static double dbl(Object v) {
        return v == null ? Double.NaN : ((Number) v).doubleValue();
    }

    private static String str(Object v) {
        return v == null ? "" : v.toString();
    }
}
