package th.ita.insight.dashboard.agency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import th.ita.insight.dashboard.web.ItemText;
import th.ita.insight.text.Language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static th.ita.insight.dashboard.web.Html.escape;

/** Renders one agency's overview page; charts are drawn by /static/agency.js from the same data as the tables. */
final class AgencyPage {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AgencyPage() {
    }

    static String render(AgencyPageData d, Language lang, String toggleHref) {
        String id = (String) d.agency().get("agency_id");
        String name = (String) d.agency().get("name_th");
        StringBuilder h = th.ita.insight.dashboard.web.Layout.open(name, lang, toggleHref);
        th.ita.insight.dashboard.web.AgencyNav.render(h, id, name, d.year(), lang, th.ita.insight.dashboard.web.AgencyNav.Tab.OVERVIEW);
        h.append("<p class=\"run\">")
                .append(escape(str(d.agency().get("agency_type")))).append(" · ")
                .append(escape(d.agency().get("province") == null ? lang.pick("ส่วนกลาง", "central") : str(d.agency().get("province"))))
                .append(" · ").append(escape(id)).append("</p>");
        yearPicker(h, d, lang);
        Map<String, Object> current = d.totals().stream().filter(t -> ((Number) t.get("fiscal_year")).intValue() == d.year())
                .findFirst().orElse(null);
        h.append("<section class=\"kpis\"><div class=\"kpi\"><span>").append(lang.pick("คะแนนรวม ปี ", "Total FY")).append(d.year())
                .append("</span><strong id=\"kpi-total\">").append(current == null ? "–" : num(current.get("total")))
                .append("</strong><em>")
                .append(current == null ? "" : escape(lang.pick(str(current.get("grade_th")), str(current.get("grade_en")))))
                .append("</em>").append(d.level(d.year()).map(e -> LevelExplanationHtml.underLevel(e, lang, "level-why"))
                        .orElse("")).append("</div>");
        change(h, d, lang);
        for (Map<String, Object> r : d.ranks()) {
            h.append("<div class=\"kpi\"><span><a href=\"/group/").append(escape(str(r.get("peer_group")))).append("/")
                    .append(escape(java.net.URLEncoder.encode(str(r.get("group_key")), java.nio.charset.StandardCharsets.UTF_8)
                            .replace("+", "%20")))
                    .append("?year=").append(d.year()).append("&amp;agency=").append(escape(th.ita.insight.dashboard.web.Layout.enc(id)))
                    .append("&amp;lang=").append(lang == Language.TH ? "th" : "en").append("\">")
                    .append(escape(group(r, lang))).append("</a></span><strong>")
                    .append(lang.pick("อันดับ ", "rank ")).append(r.get("rank")).append("/").append(r.get("n"))
                    .append("</strong><em>").append(lang.pick("สูงกว่า ", "above ")).append(num(r.get("percentile")))
                    .append(lang.pick("% ของกลุ่ม", "% of the group")).append("</em></div>");
        }
        h.append("</section>");
        h.append("<section><div id=\"total-chart\" class=\"chart wide\" data-breaks=\"").append(escape(json(d.breaks())))
                .append("\" data-title=\"").append(escape(lang.pick("คะแนนรวมรายปี เทียบค่ามัธยฐาน", "Total by year vs medians")))
                .append("\" data-labels=\"").append(escape(json(List.of(lang.pick("หน่วยงานนี้", "This agency"),
                        lang.pick("มัธยฐานประเภทเดียวกัน", "Same-type median"), lang.pick("มัธยฐานทั้งประเทศ", "National median"),
                        lang.pick("เปลี่ยนวิธีประเมิน", "Method change")))))
                .append("\" data-series=\"").append(escape(json(d.totals()))).append("\"></div>");
        totalsTable(h, d, lang);
        h.append(th.ita.insight.dashboard.export.TableCsv.link("/agency/" + th.ita.insight.dashboard.web.Layout.enc(id) + "/totals.csv?lang="
                + (lang == Language.TH ? "th" : "en"), "export-totals-csv", lang));
        h.append("</section>");
        toolsSection(h, d, lang);
        weakSection(h, d, lang);
        recommendationSection(h, d, lang);
        h.append("</main><script src=\"/webjars/echarts/5.5.0/echarts.min.js\"></script>")
                .append("<script src=\"/static/agency.js\"></script></body></html>");
        return h.toString();
    }

    private static void yearPicker(StringBuilder h, AgencyPageData d, Language lang) {
        h.append("<nav class=\"years\" aria-label=\"").append(lang.pick("ปีงบประมาณ", "Fiscal year")).append("\">");
        for (int y : d.years()) {
            h.append(y == d.year() ? "<strong>" + y + "</strong> " : "<a href=\"?year=" + y + "&amp;lang="
                    + (lang == Language.TH ? "th" : "en") + "\">" + y + "</a> ");
        }
        h.append("</nav>");
    }

    private static void change(StringBuilder h, AgencyPageData d, Language lang) {
        Map<String, Object> now = null;
        Map<String, Object> before = null;
        for (Map<String, Object> t : d.totals()) {
            int y = ((Number) t.get("fiscal_year")).intValue();
            if (y == d.year()) {
                now = t;
            } else if (y == d.year() - 1) {
                before = t;
            }
        }
        h.append("<div class=\"kpi\"><span>").append(lang.pick("เทียบปีก่อน", "Since last year")).append("</span><strong id=\"kpi-change\">");
        if (now == null || before == null) {
            h.append("–</strong><em>").append(lang.pick("ไม่มีคะแนนปีก่อน", "no total last year"));
        } else {
            double delta = ((Number) now.get("total")).doubleValue() - ((Number) before.get("total")).doubleValue();
            h.append(String.format(Locale.ROOT, "%+.2f", delta)).append("</strong><em>");
            if (d.breaks().contains(d.year())) {
                h.append(lang.pick("เปลี่ยนวิธีประเมินในปีนี้: เทียบโดยตรงไม่ได้", "method changed this year: not directly comparable"));
            }
        }
        h.append("</em></div>");
    }

    private static void totalsTable(StringBuilder h, AgencyPageData d, Language lang) {
        h.append("<table id=\"totals\"><caption>").append(lang.pick("คะแนนรวมรายปี", "Totals by year")).append("</caption><thead><tr><th>")
                .append(lang.pick("ปีงบประมาณ", "FY")).append("</th><th class=\"num\">").append(lang.pick("คะแนนรวม", "Total"))
                .append("</th><th>").append(lang.pick("ระดับ", "Level")).append("</th><th>").append(lang.pick("ที่มา", "Source"))
                .append("</th><th class=\"num\">").append(lang.pick("มัธยฐานประเภทเดียวกัน", "Type median"))
                .append("</th><th class=\"num\">").append(lang.pick("มัธยฐานทั้งประเทศ", "National median")).append("</th></tr></thead><tbody>");
        for (Map<String, Object> t : d.totals()) {
            int y = ((Number) t.get("fiscal_year")).intValue();
            String level = t.get("grade") == null ? str(t.get("published_label")) : lang.pick(str(t.get("grade_th")), str(t.get("grade_en")));
            h.append("<tr><td>").append(y).append(d.breaks().contains(y) ? " <span class=\"printed\" title=\"" + escape(lang.pick("เปลี่ยนวิธีประเมิน", "method change")) + "\">┆</span>" : "")
                    .append("</td><td class=\"num\">").append(num(t.get("total"))).append("</td><td>").append(escape(level))
                    .append(t.get("published_label") != null && !str(t.get("published_label")).equals(level)
                            ? " <span class=\"printed\">(" + escape(lang.pick("เผยแพร่ว่า ", "printed ") + str(t.get("published_label"))) + ")</span>" : "")
                    .append(d.level(y).map(e -> LevelExplanationHtml.cell(e, lang)).orElse(""))
                    .append("</td><td>").append("published".equals(t.get("origin")) ? lang.pick("ตัวเลขที่เผยแพร่", "published")
                            : lang.pick("คำนวณจากองค์ประกอบ", "computed"))
                    .append("</td><td class=\"num\">").append(num(t.get("type_p50"))).append("</td><td class=\"num\">")
                    .append(num(t.get("national_p50"))).append("</td></tr>");
        }
        h.append("</tbody></table>").append(LevelExplanationHtml.note(d.levels().values(), lang));
    }

    private static void toolsSection(StringBuilder h, AgencyPageData d, Language lang) {
        h.append("<section><h3>").append(lang.pick("คะแนนรายเครื่องมือ ปี ", "Tool scores FY")).append(d.year()).append("</h3>");
        if (d.tools().isEmpty()) {
            h.append("<p class=\"empty\">").append(lang.pick("ปีนี้ไม่มีคะแนนรายเครื่องมือ (เผยแพร่เฉพาะคะแนนรวม)",
                    "No tool scores this year (only a total was published)")).append("</p></section>");
            return;
        }
        h.append("<table id=\"tools\"><thead><tr><th>").append(lang.pick("เครื่องมือ", "Tool")).append("</th><th class=\"num\">")
                .append(lang.pick("คะแนน", "Score")).append("</th><th class=\"num\">").append(lang.pick("มัธยฐานประเภทเดียวกัน", "Type median"))
                .append("</th><th class=\"num\">").append(lang.pick("มัธยฐานทั้งประเทศ", "National median")).append("</th></tr></thead><tbody>");
        for (Map<String, Object> t : d.tools()) {
            h.append("<tr><td>").append(escape(str(t.get("tool")))).append("</td><td class=\"num\">").append(num(t.get("score")))
                    .append("</td><td class=\"num\">").append(num(t.get("type_p50"))).append("</td><td class=\"num\">")
                    .append(num(t.get("national_p50"))).append("</td></tr>");
        }
        h.append("</tbody></table></section>");
    }

    private static void weakSection(StringBuilder h, AgencyPageData d, Language lang) {
        h.append("<section><h3>").append(lang.pick("จุดอ่อนตามลำดับความสำคัญ", "Weak points by priority")).append("</h3>");
        if (d.weak().isEmpty()) {
            h.append("<p class=\"empty\">").append(lang.pick("ไม่พบข้อที่อ่อน หรือปีนี้ไม่มีคะแนนรายข้อ",
                    "No weak items, or no item scores this year")).append("</p></section>");
            return;
        }
        h.append("<table id=\"weak\"><thead><tr><th>").append(lang.pick("ข้อ", "Item")).append("</th><th>")
                .append(lang.pick("ข้อคำถาม", "Question")).append("</th><th class=\"num\">").append(lang.pick("คะแนน", "Score"))
                .append("</th><th>").append(lang.pick("ลำดับความสำคัญ", "Priority")).append("</th><th>").append(lang.pick("เหตุผล", "Why"))
                .append("</th></tr></thead><tbody>");
        for (Map<String, Object> w : d.weak()) {
            h.append("<tr class=\"sev-").append(escape(str(w.get("severity")))).append("\"><td>").append(escape(str(w.get("key"))))
                    .append("</td><td>").append(ItemText.html(w, lang))
                    .append("</td><td class=\"num\">").append(num(w.get("score"))).append("</td><td>").append(escape(severity(str(w.get("severity")), lang)))
                    .append("</td><td>").append(escape(why(w, lang))).append("</td></tr>");
        }
        h.append("</tbody></table></section>");
    }

    private static void recommendationSection(StringBuilder h, AgencyPageData d, Language lang) {
        h.append("<section><h3>").append(lang.pick("มาตรการที่แนะนำ เรียงตามคะแนนที่คาดว่าจะเพิ่มขึ้น",
                "Recommended measures, by expected gain")).append("</h3><p><a id=\"weak-points-link\" href=\"/agency/")
                .append(escape(java.net.URLEncoder.encode((String) d.agency().get("agency_id"), java.nio.charset.StandardCharsets.UTF_8)))
                .append("/weak-points?year=").append(d.year()).append("&amp;lang=").append(lang == Language.TH ? "th" : "en")
                .append("\">").append(lang.pick("การวิเคราะห์จุดอ่อนตามประเด็น พร้อมที่มาของคะแนน →",
                        "Weak points by theme, with the arithmetic →")).append("</a> · <a id=\"what-if-link\" href=\"/agency/")
                .append(escape(java.net.URLEncoder.encode((String) d.agency().get("agency_id"), java.nio.charset.StandardCharsets.UTF_8)))
                .append("/what-if?year=").append(d.year()).append("&amp;lang=").append(lang == Language.TH ? "th" : "en")
                .append("\">").append(lang.pick("ลองตั้งเป้าหมาย (what-if) →", "Try targets (what-if) →")).append("</a></p>");
        if (d.recommendations().isEmpty()) {
            h.append("<p class=\"empty\">").append(lang.pick("ไม่มีมาตรการที่แนะนำ", "No recommendations")).append("</p></section>");
            return;
        }
        h.append("<table id=\"recommendations\"><thead><tr><th>#</th><th>").append(lang.pick("มาตรการ", "Measure"))
                .append("</th><th>").append(lang.pick("ข้อที่เกี่ยวข้อง", "Items")).append("</th><th class=\"num\">")
                .append(lang.pick("คะแนนที่คาดว่าจะเพิ่ม", "Expected gain")).append("</th></tr></thead><tbody>");
        for (Map<String, Object> r : d.recommendations()) {
            h.append("<tr><td>").append(r.get("rank")).append("</td><td>").append(escape(lang.pick(str(r.get("title_th")), str(r.get("title_en")))))
                    .append("</td><td>").append(escape(str(r.get("questions")) + (str(r.get("oit_refs")).isEmpty() ? "" : " · OIT " + str(r.get("oit_refs")))))
                    .append("</td><td class=\"num\">").append(num(r.get("expected_gain"))).append("</td></tr>");
        }
        h.append("</tbody></table></section>");
    }

    private static String group(Map<String, Object> r, Language lang) {
        String key = str(r.get("group_key"));
        return switch (str(r.get("peer_group"))) {
            case "type" -> lang.pick("ในประเภทเดียวกัน", "Among the same type");
            case "province" -> lang.pick("ในจังหวัด", "In the province ") + (lang == Language.TH ? key : "");
            case "region" -> lang.pick("ในภาค", "In the region ") + (lang == Language.TH ? "" : key);
            default -> lang.pick("ทั้งประเทศ", "Nationally");
        };
    }

    /** The batch's reasons, except for an item kept at its level, which is not told to "raise further" (TierReason). */
    private static String why(Map<String, Object> w, Language lang) {
        th.ita.insight.weakitems.Severity tier = th.ita.insight.weakitems.Severity.ofColumn(str(w.get("severity")));
        if (tier != th.ita.insight.weakitems.Severity.MAINTAIN) {
            return lang.pick(str(w.get("reason_th")), str(w.get("reason_en")));
        }
        return th.ita.insight.weakitems.TierReason.of(tier, "", "", ((Number) w.get("score")).doubleValue(),
                w.get("peer_median") == null ? null : ((Number) w.get("peer_median")).doubleValue(), lang);
    }

    private static String severity(String s, Language lang) {
        th.ita.insight.weakitems.Severity tier = th.ita.insight.weakitems.Severity.ofColumn(s);
        return lang.pick(tier.th(), tier.en());
    }

    private static String num(Object v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.2f", ((Number) v).doubleValue());
    }

    private static String str(Object v) {
        return v == null ? "" : v.toString();
    }

    private static String json(Object v) {
        try {
            return JSON.writeValueAsString(v instanceof List<?> l ? l : new LinkedHashMap<>((Map<?, ?>) v));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
