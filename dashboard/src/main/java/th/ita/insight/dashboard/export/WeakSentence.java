package th.ita.insight.dashboard.export;

import th.ita.insight.dashboard.analysis.WeakPoints;
import th.ita.insight.text.Language;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a weak question as the sentence an officer would write in part 1 of the o42 ("ข้อ i7 “…” ได้คะแนน
 * 88.95 ต่ำกว่าค่ากลางของหน่วยงานประเภทเดียวกัน (92.10) และเป็นจุดอ่อนติดต่อกัน 3 ปี"), from the item's
 * figures and rule codes rather than the batch's reason text (which the benchmark baselines mirror).
 * A clause the figures do not bear out is left out: never "below peers" at or above the peer median.
 */
final class WeakSentence {
    /** The NACC's pass mark since FY2562 (A or better, then ผ่าน: ita-reference.md), the default bar of rule (a). */
    static final double PASS_MARK = 85.0;

    private WeakSentence() {
    }

    static String of(WeakPoints.Item i, Language lang) {
        String score = O42Layout.num(i.score());
        List<String> clauses = new ArrayList<>();
        if (i.hasReason("not_disclosed") && i.score() <= 0.0) {
            clauses.add(lang.pick("เนื่องจากไม่ได้เปิดเผยข้อมูล", "as it was not disclosed"));
        }
        if (i.hasReason("below_threshold") && i.score() < PASS_MARK) {
            clauses.add(lang.pick("ต่ำกว่าเกณฑ์ผ่าน " + bound(PASS_MARK) + " คะแนน", "below the pass mark of " + bound(PASS_MARK)));
        }
        if (i.hasReason("below_peers") && i.peerMedian() != null && i.score() < i.peerMedian()) {
            String median = O42Layout.num(i.peerMedian());
            clauses.add(lang.pick("ต่ำกว่าค่ากลางของหน่วยงานประเภทเดียวกัน (" + median + ")",
                    "below the median of agencies of the same type (" + median + ")"));
        }
        if (i.hasReason("below_indicator_mean") && i.gap() > 0) {
            String gap = O42Layout.num(i.gap());
            clauses.add(lang.pick("ต่ำกว่าค่าเฉลี่ยของข้อคำถามในตัวชี้วัดเดียวกัน " + gap + " คะแนน",
                    gap + " points below the mean of its indicator's questions"));
        }
        if (i.hasReason("weak_indicator") && i.gap() > 0) {
            String gap = O42Layout.num(i.gap());
            String tool = tool(i.code());
            String below = gap + " คะแนน";
            // Where the subject already names the indicator (an unconfirmed text), it is not named twice.
            clauses.add(namesIndicator(i) ? lang.pick("โดยตัวชี้วัดนี้มีคะแนนเฉลี่ยต่ำกว่าค่าเฉลี่ยของตัวชี้วัดใน " + tool + " " + below,
                    "its indicator's mean being " + gap + " points below the mean of the " + tool + " indicators")
                    : lang.pick("อยู่ในตัวชี้วัดที่ " + i.indicator() + " ซึ่งมีคะแนนเฉลี่ยต่ำกว่าค่าเฉลี่ยของตัวชี้วัดใน " + tool + " " + below,
                    "in indicator " + i.indicator() + ", whose mean is " + gap + " points below the mean of the " + tool + " indicators"));
        }
        if (i.yearsWeak() >= 2) {
            clauses.add(lang.pick("เป็นจุดอ่อนติดต่อกัน " + i.yearsWeak() + " ปี", "weak " + i.yearsWeak() + " years in a row"));
        }
        String subject = subject(i, lang);
        if (lang == Language.TH) {
            return subject + " ได้คะแนน " + score + (clauses.isEmpty() ? "" : " " + String.join(" และ", clauses));
        }
        return subject + " scored " + score + (clauses.isEmpty() ? "" : ", " + joinEnglish(clauses)) + ".";
    }

    /**
     * "ข้อ i7 “text”"; an unconfirmed text is not printed as if it were the NACC's (DESIGN §9.5): the code
     * and its indicator's name stand in for it, without a footnote.
     */
    static String subject(WeakPoints.Item i, Language lang) {
        if (!i.textConfirmed() || i.textTh().isEmpty()) {
            String indicator = lang.pick(i.indicatorTh(), i.indicatorEn());
            if (indicator.isEmpty()) {
                return lang.pick("ข้อ ", "Item ") + i.code();
            }
            return lang.pick("ข้อ " + i.code() + " ในตัวชี้วัดที่ " + i.indicator() + " " + indicator,
                    "Item " + i.code() + " of indicator " + i.indicator() + ", " + indicator + ",");
        }
        return lang.pick("ข้อ " + i.code() + " “" + i.textTh() + "”", "Item " + i.code() + " “" + i.textEn() + "”");
    }

    private static boolean namesIndicator(WeakPoints.Item i) {
        return (!i.textConfirmed() || i.textTh().isEmpty()) && !i.indicatorTh().isEmpty();
    }

    private static String tool(String code) {
        return code.startsWith("e") ? "EIT" : code.startsWith("o") ? "OIT" : "IIT";
    }

    private static String joinEnglish(List<String> clauses) {
        if (clauses.size() == 1) {
            return clauses.get(0);
        }
        return String.join(", ", clauses.subList(0, clauses.size() - 1)) + " and " + clauses.get(clauses.size() - 1);
    }

    private static String bound(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : O42Layout.num(v);
    }
}
