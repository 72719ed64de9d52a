package th.ita.insight.dashboard.analysis;

import th.ita.insight.text.Language;
import th.ita.insight.weakitems.Severity;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static th.ita.insight.dashboard.web.Html.escape;

/**
 * What the weak-points page opens on: how many items are in each priority tier, and the few measures worth
 * most, ranked by expected gain across themes (an undisclosed OIT item included), each linked to its place in
 * the theme view below. Measures worth less than the gain floor are counted as "maintain" and not offered.
 */
final class FocusList {
    /** A short list: an officer acts on a handful of measures a year, not on thirty. */
    static final int SIZE = 5;

    private FocusList() {
    }

    /** @param tiers weak items of the agency-year per tier (all of them, not only those a measure addresses) */
    static void render(StringBuilder h, List<WeakPoints.Theme> themes, Map<Severity, Integer> tiers, Language lang) {
        List<WeakPoints.Measure> all = themes.stream().flatMap(t -> t.measures().stream()).toList();
        if (all.isEmpty()) {
            return;
        }
        List<WeakPoints.Measure> focus = all.stream().filter(WeakPoints.Measure::recommended)
                .sorted(Comparator.comparingDouble(WeakPoints.Measure::expectedGain).reversed()
                        .thenComparingInt(WeakPoints.Measure::rank)).toList();
        h.append("<section class=\"focus\" id=\"focus\" aria-labelledby=\"focus-title\"><h3 id=\"focus-title\">")
                .append(lang.pick("สิ่งที่ควรทำก่อน", "Focus first")).append("</h3>");
        tierCounts(h, tiers, lang);
        if (focus.isEmpty()) {
            h.append("<p id=\"focus-none\">").append(lang.pick("ไม่มีมาตรการที่เพิ่มคะแนนรวมได้ตั้งแต่ 0.05 คะแนนขึ้นไป: "
                    + "รักษาระดับและติดตามผล", "No measure adds 0.05 points or more to the total: keep the level and follow up")).append("</p>");
        } else {
            h.append("<ol class=\"focus-list\">");
            for (WeakPoints.Measure m : focus.subList(0, Math.min(SIZE, focus.size()))) {
                h.append("<li><a href=\"#m-").append(escape(m.measureId())).append("\">")
                        .append(escape(lang.pick(m.titleTh(), m.titleEn()))).append("</a> <span class=\"gain\">+")
                        .append(String.format(Locale.ROOT, "%.2f", m.expectedGain())).append("</span> ")
                        .append(lang.pick("คะแนน", "points")).append("</li>");
            }
            h.append("</ol>");
        }
        long maintain = all.stream().filter(m -> !m.recommended()).count();
        h.append("<p class=\"focus-more\">");
        if (focus.size() > SIZE) {
            h.append(lang.pick("และอีก ", "and ")).append(focus.size() - SIZE)
                    .append(lang.pick(" มาตรการที่แนะนำ · ", " more recommended measures · "));
        }
        if (maintain > 0) {
            h.append(maintain).append(lang.pick(" มาตรการสำหรับรักษาระดับ · ", " measures to keep the level · "));
        }
        h.append("<a href=\"#themes\">").append(lang.pick("ดูทั้งหมดตามประเด็น ↓", "See all by theme ↓")).append("</a></p>");
        h.append("</section>");
    }

    private static void tierCounts(StringBuilder h, Map<Severity, Integer> tiers, Language lang) {
        h.append("<ul class=\"tiers\" id=\"tier-counts\">");
        for (Severity tier : Severity.values()) {
            h.append("<li class=\"sev-").append(tier.name().toLowerCase(Locale.ROOT)).append("\">")
                    .append(escape(lang.pick(tier.th(), tier.en()))).append(" <strong>")
                    .append(tiers.getOrDefault(tier, 0)).append("</strong> ")
                    .append(lang.pick("ข้อ", tiers.getOrDefault(tier, 0) == 1 ? "item" : "items")).append("</li>");
        }
        h.append("</ul>");
    }
}
