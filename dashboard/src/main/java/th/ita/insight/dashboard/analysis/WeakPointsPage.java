package th.ita.insight.dashboard.analysis;

import th.ita.insight.dashboard.export.SubmitChecklist;
import th.ita.insight.dashboard.web.ItemText;
import th.ita.insight.dashboard.web.Rows;
import th.ita.insight.text.Language;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static th.ita.insight.dashboard.web.Html.escape;

/**
 * The weak points of an agency-year the way the o42 analysis presents them: by theme, each measure
 * with the weak questions it answers (text, score, why), the OIT items that evidence it, and the
 * arithmetic of its expected gain.
 */
final class WeakPointsPage {
    private WeakPointsPage() {
    }

    static String render(Rows rows, Map<String, Object> agency, int year, Language lang, String toggleHref, PlanOffer.Offer offer)
            throws SQLException {
        String id = (String) agency.get("agency_id");
        List<WeakPoints.Theme> themes = WeakPoints.load(rows, id, year);
        String name = str(agency.get("name_th"));
        StringBuilder h = th.ita.insight.dashboard.web.Layout.open(name + " — " + lang.pick("จุดอ่อนและมาตรการ",
                "weak points and measures"), lang, toggleHref);
        th.ita.insight.dashboard.web.AgencyNav.render(h, id, name, year, lang, th.ita.insight.dashboard.web.AgencyNav.Tab.WEAK_POINTS);
        String l = lang == Language.TH ? "th" : "en";
        h.append("<h2>").append(lang.pick("การวิเคราะห์จุดอ่อน ปีงบประมาณ ",
                        "Analysis of weak points, FY")).append(year).append("</h2>");
        h.append(th.ita.insight.dashboard.export.ExportLinks.weakPoints(id, year, lang));
        planHint(h, id, year, lang, offer);
        h.append(SubmitChecklist.html(SubmitChecklist.o42(rows, id, year, themes), lang));
        if (themes.isEmpty()) {
            h.append("<p class=\"empty\" id=\"empty\">").append(lang.pick("ไม่พบจุดอ่อนในปีนี้ หรือปีนี้ไม่มีคะแนนรายข้อ",
                    "No weak points this year, or no item scores this year")).append("</p></main></body></html>");
            return h.toString();
        }
        FocusList.render(h, themes, WeakPoints.tierCounts(rows, id, year), lang);
        Map<String, String> oitTitles = WeakPoints.oitTitles(rows, year, lang);
        h.append("<div id=\"themes\">");
        for (WeakPoints.Theme theme : themes) {
            h.append("<section class=\"theme\"><h3>")
                    .append(theme.numbered() ? lang.pick("ประเด็นที่ ", "Theme ") + theme.number() + " " : "")
                    .append(escape(lang.pick(theme.nameTh(), theme.nameEn()))).append("</h3>");
            for (WeakPoints.Measure m : theme.measures()) {
                measure(h, m, oitTitles, lang);
                planButton(h, id, year, m, lang, offer);
            }
            h.append("</section>");
        }
        h.append("</div></main></body></html>");
        return h.toString();
    }

    private static void measure(StringBuilder h, WeakPoints.Measure m, Map<String, String> oitTitles, Language lang) {
        h.append("<article class=\"measure\" id=\"m-").append(escape(m.measureId())).append("\"><h4>").append(m.rank()).append(". ")
                .append(escape(lang.pick(m.titleTh(), m.titleEn())))
                .append(m.recommended() ? "" : " <span class=\"badge maintain\">" + lang.pick("รักษาระดับ", "maintain") + "</span>")
                .append("</h4><p>")
                .append(lang.pick("คะแนนรวมที่คาดว่าจะเพิ่มขึ้น ", "Expected gain in the total "))
                .append("<strong class=\"gain\">").append(num(m.expectedGain())).append("</strong>")
                .append(m.oitRefs().isEmpty() ? "" : " · " + lang.pick("อ้างอิงจากข้อ OIT ", "evidence: OIT ")
                        + escape(java.util.Arrays.stream(m.oitRefs().split(","))
                                .map(code -> code + " " + oitTitles.getOrDefault(code, "")).map(String::strip)
                                .collect(java.util.stream.Collectors.joining(" · ")))).append("</p>")
                .append("<table><thead><tr><th>").append(lang.pick("ข้อ", "Item")).append("</th><th>")
                .append(lang.pick("ข้อคำถาม", "Question")).append("</th><th class=\"num\">").append(lang.pick("คะแนน", "Score"))
                .append("</th><th class=\"num\">").append(lang.pick("เป้าหมาย", "Target")).append("</th><th class=\"num\">")
                .append(lang.pick("คะแนนรวมเพิ่ม", "Gain")).append("</th><th>").append(lang.pick("เหตุผล", "Why"))
                .append("</th></tr></thead><tbody>");
        for (WeakPoints.Item i : m.items()) {
            h.append("<tr class=\"sev-").append(escape(i.severity())).append("\"><td>").append(escape(i.code()))
                    // WeakPoints.Item fills a missing English with the Thai: no English of its own = no known title
                    .append("</td><td>").append(ItemText.html(i.textTh(), i.textEn().equals(i.textTh()) ? null : i.textEn(),
                            i.textConfirmed(), lang))
                    .append("</td><td class=\"num\">").append(num(i.score())).append("</td><td class=\"num\">")
                    .append(num(i.target())).append("</td><td class=\"num\" title=\"")
                    .append(String.format(Locale.ROOT, "%.4f × (%.2f − %.2f)", i.share(), i.target(), i.score()))
                    .append("\">").append(num(i.gain())).append("</td><td>")
                    .append(escape(th.ita.insight.weakitems.TierReason.of(th.ita.insight.weakitems.Severity.ofColumn(i.severity()),
                            i.reasonTh(), i.reasonEn(), i.score(), i.peerMedian(), lang))).append("</td></tr>");
        }
        h.append("</tbody></table></article>");
    }

    /** One line above the themes: sign in to plan, or go to the plan board. */
    private static void planHint(StringBuilder h, String id, int year, Language lang, PlanOffer.Offer offer) {
        String l = lang == Language.TH ? "th" : "en";
        String agencyPath = "/agency/" + escape(urlPart(id));
        if (!offer.signedIn()) {
            h.append("<p class=\"plan-hint\" id=\"plan-hint\"><a href=\"/login?lang=").append(l).append("&amp;next=")
                    .append(escape(urlPart(agencyPath + "/weak-points?year=" + year + "&lang=" + l))).append("\">")
                    .append(lang.pick("เข้าสู่ระบบ", "Log in")).append("</a> ")
                    .append(lang.pick("ในฐานะเจ้าหน้าที่ของหน่วยงาน เพื่อเพิ่มมาตรการในแผนปีหน้า",
                            "as the agency's officer to add measures to next year's plan")).append("</p>");
        } else if (offer.canEdit() || !offer.planned().isEmpty()) {
            h.append("<p class=\"plan-hint\" id=\"plan-hint\"><a href=\"").append(agencyPath).append("/plan?year=").append(year)
                    .append("&amp;lang=").append(l).append("\">").append(lang.pick("แผนปีงบประมาณ ", "Plan for FY")).append(year + 1)
                    .append("</a></p>");
        }
    }

    /** Under a measure: "add to next year's plan" for the agency's officer, or a link to the item made from it. */
    private static void planButton(StringBuilder h, String id, int year, WeakPoints.Measure m, Language lang, PlanOffer.Offer offer) {
        String l = lang == Language.TH ? "th" : "en";
        Long planned = offer.planned().get(m.measureId());
        if (planned != null) {
            h.append("<p class=\"planned\"><a href=\"/agency/").append(escape(urlPart(id))).append("/plan/items/").append(planned)
                    .append("?lang=").append(l).append("\">").append(lang.pick("✓ อยู่ในแผนปีหน้าแล้ว", "✓ in next year's plan")).append("</a></p>");
        } else if (offer.canEdit()) {
            h.append("<form method=\"post\" class=\"add-to-plan\" action=\"/agency/").append(escape(urlPart(id)))
                    .append("/plan/items?lang=").append(l).append("\"><input type=\"hidden\" name=\"csrf\" value=\"")
                    .append(escape(offer.csrf())).append("\"><input type=\"hidden\" name=\"year\" value=\"").append(year)
                    .append("\"><input type=\"hidden\" name=\"measure\" value=\"").append(escape(m.measureId()))
                    .append("\"><button type=\"submit\" id=\"add-").append(escape(m.measureId())).append("\">")
                    .append(lang.pick("เพิ่มในแผนปีหน้า", "Add to next year's plan")).append("</button></form>");
        }
    }

    private static String urlPart(String id) {
        return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String str(Object v) {
        return v == null ? "" : v.toString();
    }
}
