package th.ita.insight.dashboard.scores;

import th.ita.insight.catalog.ItemLineage;
import th.ita.insight.dashboard.web.ItemText;
import th.ita.insight.dashboard.web.Rows;
import th.ita.insight.text.Language;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One question of one agency-year, as the questions page shows it on a click: its text (marked where the
 * catalog has not confirmed it), the agency's scores in the years of the same item ({@link ItemLineage}),
 * whether it is weak and why, and where peers stand.
 */
final class QuestionDetail {
    private QuestionDetail() {
    }

    /** Null when the question is not in that year's catalog. */
    static Map<String, Object> load(Rows rows, Map<String, Object> agency, int year, String code) throws SQLException {
        String id = (String) agency.get("agency_id");
        Map<String, Object> question = rows.one("SELECT code, tool, indicator, sub_indicator_th, text_th, text_en, scale, "
                + "text_confirmed FROM catalog_question WHERE fiscal_year = ? AND code = ?", year, code);
        if (question == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>(question);
        // The page's own mark for wording the catalog has not confirmed (never part of the text itself).
        boolean confirmed = ItemText.confirmed(question);
        out.put("title_known", !ItemText.text((String) question.get("text_th"), (String) question.get("text_en"), confirmed,
                Language.TH).isEmpty());
        out.put("text_mark_th", ItemText.mark((String) question.get("text_th"), (String) question.get("text_en"), confirmed, Language.TH));
        out.put("text_mark_en", ItemText.mark((String) question.get("text_th"), (String) question.get("text_en"), confirmed, Language.EN));
        out.put("agency_id", id);
        out.put("fiscal_year", year);
        Map<String, Object> own = rows.one("SELECT score, source_file, source_line FROM score_question "
                + "WHERE agency_id = ? AND fiscal_year = ? AND question = ?", id, year, code);
        out.put("score", own == null ? null : own.get("score"));
        out.put("source", own == null ? null : own.get("source_file") + ":" + own.get("source_line"));
        out.put("weak", rows.one("SELECT severity, reasons, reason_th, reason_en, peer_median, gap, years_weak FROM weak_item "
                + "WHERE agency_id = ? AND fiscal_year = ? AND level = 'item' AND key = ?", id, year, code));
        ItemLineage.Item item = ItemRows.load(rows).lineage().item(year, code).orElseThrow();
        out.put("item_first_year", item.first().year());
        out.put("item_last_year", item.last().year());
        out.put("series", series(rows, id, item));
        // The item starts after the agency's first scored year: in the earlier years its code asked something else.
        Map<String, Object> first = rows.one("SELECT min(fiscal_year) AS y FROM score_question WHERE agency_id = ?", id);
        int start = item.first().year();
        out.put("cut_before", first != null && first.get("y") != null && ((Number) first.get("y")).intValue() < start ? start : null);
        out.put("peers", rows.list("""
                SELECT peer_group, group_key, n, mean, p10, p25, p50, p75, p90 FROM peer_stats
                WHERE fiscal_year = ? AND level = 'question' AND key = ?
                  AND ((peer_group = 'type' AND group_key = ?) OR (peer_group = 'province' AND group_key = ?)
                       OR (peer_group = 'region' AND group_key = ?) OR peer_group = 'national')
                ORDER BY CASE peer_group WHEN 'type' THEN 1 WHEN 'province' THEN 2 WHEN 'region' THEN 3 ELSE 4 END""",
                year, code, str(agency.get("agency_type_code")), str(agency.get("province")), str(agency.get("region"))));
        return out;
    }

    private static List<Map<String, Object>> series(Rows rows, String id, ItemLineage.Item item) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ItemLineage.Step step : item.steps()) {
            Map<String, Object> score = rows.one("SELECT q.score, w.severity FROM score_question q LEFT JOIN weak_item w "
                    + "ON w.agency_id = q.agency_id AND w.fiscal_year = q.fiscal_year AND w.level = 'item' AND w.key = q.question "
                    + "WHERE q.agency_id = ? AND q.fiscal_year = ? AND q.question = ?", id, step.year(), step.code());
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("fiscal_year", step.year());
            point.put("code", step.code());
            point.put("score", score == null ? null : score.get("score"));
            point.put("severity", score == null ? null : score.get("severity"));
            out.add(point);
        }
        // Years before the agency's first or after its last score of this item say nothing about it.
        while (!out.isEmpty() && out.get(0).get("score") == null) {
            out.remove(0);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).get("score") == null) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static String str(Object v) {
        return v == null ? "" : v.toString();
    }
}
