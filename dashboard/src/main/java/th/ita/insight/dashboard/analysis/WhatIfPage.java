package th.ita.insight.dashboard.analysis;

import io.javalin.http.Context;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.catalog.Tool;
import th.ita.insight.catalog.YearCatalog;
import th.ita.insight.dashboard.web.BadRequest;
import th.ita.insight.dashboard.web.ItemText;
import th.ita.insight.dashboard.web.Params;
import th.ita.insight.dashboard.web.Rows;
import th.ita.insight.measures.WhatIf;
import th.ita.insight.scoring.AgencyYearRollup;
import th.ita.insight.text.Language;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static th.ita.insight.dashboard.web.Html.escape;

/**
 * What-if: pick target scores for the weak items and see the new total and grade. A plain GET form
 * ({@code t.e13=100}), so a scenario is a URL that can be bookmarked and shared; the arithmetic is the
 * batch's own roll-up.
 */
final class WhatIfPage {
    private static final String PREFIX = "t.";

    private WhatIfPage() {
    }

    static String render(Context ctx, Rows rows, Map<String, Object> agency, int year, Language lang) throws SQLException {
        String id = (String) agency.get("agency_id");
        YearCatalog catalog = Catalogs.bundled().forYear(year).orElseThrow();
        Map<String, Double> scores = new HashMap<>();
        rows.list("SELECT question, score FROM score_question WHERE agency_id = ? AND fiscal_year = ?", id, year)
                .forEach(r -> scores.put((String) r.get("question"), ((Number) r.get("score")).doubleValue()));
        Map<String, Double> targets = targets(ctx, catalog);
        List<Map<String, Object>> weak = rows.list("""
                SELECT w.key, c.text_th, c.text_en, c.text_confirmed, w.score, w.severity,
                       (SELECT max(target) FROM recommendation_item i WHERE i.agency_id = w.agency_id
                        AND i.fiscal_year = w.fiscal_year AND i.code = w.key) AS suggested
                FROM weak_item w LEFT JOIN catalog_question c ON c.fiscal_year = w.fiscal_year AND c.code = w.key
                WHERE w.agency_id = ? AND w.fiscal_year = ? AND w.level = 'item'
                ORDER BY CASE w.severity WHEN 'urgent' THEN 1 WHEN 'improve' THEN 2 ELSE 3 END, w.gap DESC, w.key""",
                id, year);
        String l = lang == Language.TH ? "th" : "en";
        StringBuilder h = th.ita.insight.dashboard.web.Layout.open("What-if — " + agency.get("name_th"), lang,
                th.ita.insight.dashboard.web.Layout.toggleHref(ctx, lang));
        th.ita.insight.dashboard.web.AgencyNav.render(h, id, (String) agency.get("name_th"), year, lang,
                th.ita.insight.dashboard.web.AgencyNav.Tab.WHAT_IF);
        h.append("<h2>").append(lang.pick("ถ้าปรับปรุงข้อเหล่านี้ได้ คะแนนรวมจะเป็นเท่าไร (ปีงบประมาณ ",
                        "What if these items improved? (FY")).append(year).append(")</h2>");
        if (scores.isEmpty()) {
            h.append("<p class=\"empty\" id=\"empty\">").append(lang.pick("ปีนี้ไม่มีคะแนนรายข้อ จึงคำนวณไม่ได้",
                    "No item scores this year: nothing to compute")).append("</p></main></body></html>");
            return h.toString();
        }
        AgencyYearRollup before = WhatIf.apply(catalog, scores, Map.of());
        AgencyYearRollup after = WhatIf.apply(catalog, scores, targets);
        h.append("<section class=\"kpis\">");
        kpi(h, "kpi-before", lang.pick("ตอนนี้", "Now"), before, lang);
        kpi(h, "kpi-after", lang.pick("ถ้าถึงเป้าหมาย", "With the targets"), after, lang);
        h.append("<div class=\"kpi\"><span>").append(lang.pick("เพิ่มขึ้น", "Gain")).append("</span><strong id=\"kpi-gain\">")
                .append(before.total() == null || after.total() == null ? "–"
                        : String.format(Locale.ROOT, "%+.2f", after.total().value() - before.total().value()))
                .append("</strong></div></section>");
        h.append("<form method=\"get\" action=\"\"><input type=\"hidden\" name=\"year\" value=\"").append(year)
                .append("\"><input type=\"hidden\" name=\"lang\" value=\"").append(l).append("\"><table id=\"targets\"><thead><tr><th>")
                .append(lang.pick("ข้อ", "Item")).append("</th><th>").append(lang.pick("ข้อคำถาม", "Question")).append("</th><th class=\"num\">")
                .append(lang.pick("คะแนนตอนนี้", "Score now")).append("</th><th class=\"num\">").append(lang.pick("เป้าหมาย", "Target"))
                .append("</th></tr></thead><tbody>");
        for (Map<String, Object> w : weak) {
            String code = (String) w.get("key");
            Double target = targets.get(code);
            h.append("<tr><td>").append(escape(code)).append("</td><td>")
                    .append(ItemText.html(w, lang))
                    .append("</td><td class=\"num\">").append(num(w.get("score"))).append("</td><td class=\"num\"><input name=\"")
                    .append(PREFIX).append(escape(code)).append("\" size=\"6\" inputmode=\"decimal\" aria-label=\"")
                    .append(escape(code)).append("\" placeholder=\"").append(num(w.get("suggested"))).append("\" value=\"")
                    .append(target == null ? "" : String.format(Locale.ROOT, "%.2f", target)).append("\"></td></tr>");
        }
        h.append("</tbody></table><p><button type=\"submit\">").append(lang.pick("คำนวณ", "Compute"))
                .append("</button> <span class=\"run\">").append(lang.pick("ค่าตั้งต้นในช่องคือเป้าหมายที่แนะนำ "
                        + "(เกณฑ์ 85 หรือเปอร์เซ็นไทล์ที่ 75 ของหน่วยงานประเภทเดียวกัน; OIT = 100) ลิงก์ของหน้านี้เก็บสถานการณ์ไว้แชร์ได้",
                        "Placeholders are the suggested targets (85 or the same-type 75th percentile; OIT = 100). "
                                + "This page's URL keeps the scenario for sharing.")).append("</span></p></form></main></body></html>");
        return h.toString();
    }

    /** t.CODE=score parameters; empty ones are ignored. */
    private static Map<String, Double> targets(Context ctx, YearCatalog catalog) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
            if (!p.getKey().startsWith(PREFIX) || p.getValue().isEmpty() || p.getValue().get(0).isBlank()) {
                continue;
            }
            String code = p.getKey().substring(PREFIX.length()).strip().toLowerCase(Locale.ROOT);
            if (catalog.item(code).isEmpty()) {
                throw new BadRequest("ไม่มีข้อ '" + th.ita.insight.dashboard.web.Lang.abbreviate(code) + "' ในเกณฑ์ปีงบประมาณ "
                        + catalog.fiscalYear(), "'" + th.ita.insight.dashboard.web.Lang.abbreviate(code) + "' is not in the FY"
                        + catalog.fiscalYear() + " catalog");
            }
            out.put(code, Params.score(code, p.getValue().get(0)));
        }
        return out;
    }

    private static void kpi(StringBuilder h, String id, String label, AgencyYearRollup r, Language lang) {
        h.append("<div class=\"kpi\"><span>").append(label).append("</span><strong id=\"").append(id).append("\">")
                .append(r.publishedTotal() == null ? "–" : String.format(Locale.ROOT, "%.2f", r.publishedTotal()))
                .append("</strong><em>").append(r.grade() == null ? "" : escape(lang.pick(r.grade().labelTh(), r.grade().labelEn())));
        for (Tool t : Tool.values()) {
            h.append(" · ").append(t).append(" ").append(r.tools().get(t) == null ? "–"
                    : String.format(Locale.ROOT, "%.2f", r.tools().get(t).shown()));
        }
        h.append("</em></div>");
    }

    private static String num(Object v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.2f", ((Number) v).doubleValue());
    }
}
