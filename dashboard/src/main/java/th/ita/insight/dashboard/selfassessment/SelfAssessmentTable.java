package th.ita.insight.dashboard.selfassessment;

import th.ita.insight.dashboard.web.ItemText;
import th.ita.insight.text.Language;

import java.util.Map;

import static th.ita.insight.dashboard.selfassessment.SelfAssessmentPage.num;
import static th.ita.insight.dashboard.selfassessment.SelfAssessmentPage.str;
import static th.ita.insight.dashboard.web.Html.escape;

/** The per-question table: projected vs last official, whether the move is beyond the interval, what is still weak. */
final class SelfAssessmentTable {
    private SelfAssessmentTable() {
    }

    static void render(StringBuilder h, SelfAssessmentData d, Language lang) {
        h.append("<table id=\"self-questions\"><thead><tr><th>").append(lang.pick("ข้อ", "Item")).append("</th><th>")
                .append(lang.pick("ข้อคำถาม", "Question")).append("</th><th>").append(lang.pick("คาดการณ์ (ช่วง 90%)", "Projected (90% interval)"))
                .append("</th><th>").append(lang.pick("ผู้ตอบ", "Respondents")).append("</th><th>")
                .append(lang.pick("ทางการ", "Official")).append(d.officialYear() == null ? "" : " " + d.officialYear()).append("</th><th>")
                .append(lang.pick("เปลี่ยนแปลง", "Change")).append("</th><th>").append(lang.pick("ยังอ่อน?", "Still weak?"))
                .append("</th></tr></thead><tbody>");
        for (Map<String, Object> q : d.questions()) {
            Number score = (Number) q.get("score");
            Number official = (Number) q.get("official");
            h.append("<tr data-code=\"").append(escape(str(q.get("question")))).append("\"><td>").append(escape(str(q.get("question"))))
                    .append("</td><td>").append(ItemText.html(q, lang))
                    .append("</td><td>").append(num(score));
            if (score != null && q.get("ci_low") != null) {
                h.append(" (").append(num(q.get("ci_low"))).append("–").append(num(q.get("ci_high"))).append(")");
            }
            h.append("</td><td>").append(q.get("respondents")).append("</td><td>").append(num(official)).append("</td><td>")
                    .append(change(score, official, (Number) q.get("ci_low"), (Number) q.get("ci_high"), lang))
                    .append("</td><td>").append(weak(q, lang)).append("</td></tr>");
        }
        h.append("</tbody></table>");
    }

    /** A move the interval covers is not called a move: 25 answers cannot tell 3 points apart. */
    private static String change(Number score, Number official, Number low, Number high, Language lang) {
        if (score == null || official == null) {
            return "–";
        }
        double delta = Math.round((score.doubleValue() - official.doubleValue()) * 100) / 100.0;
        boolean within = low != null && high != null && official.doubleValue() >= low.doubleValue()
                && official.doubleValue() <= high.doubleValue();
        return (delta > 0 ? "+" : "") + num(delta) + (within ? " <em>" + lang.pick("(อยู่ในช่วงความคลาดเคลื่อน)", "(within the interval)")
                + "</em>" : "");
    }

    private static String weak(Map<String, Object> q, Language lang) {
        boolean now = q.get("severity") != null;
        boolean before = Boolean.TRUE.equals(q.get("was_weak"));
        if (now) {
            return "<span class=\"weak\" title=\"" + escape(str(lang == Language.TH ? q.get("reason_th") : q.get("reason_en"))) + "\">"
                    + escape(lang.pick("ยังอ่อน", "still weak")) + " (" + escape(str(q.get("severity"))) + ")"
                    + (before ? escape(lang.pick(" · อ่อนในผลทางการด้วย", " · weak officially too")) : "") + "</span>";
        }
        return before ? escape(lang.pick("ดีขึ้นจากที่เคยอ่อน", "no longer weak")) : "";
    }
}
