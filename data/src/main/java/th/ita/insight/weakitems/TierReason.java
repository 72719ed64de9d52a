package th.ita.insight.weakitems;

import th.ita.insight.scoring.Decimals;
import th.ita.insight.text.Language;

/**
 * The "why" a page prints beside a weak item's tier. An item kept at its level is not told to "raise
 * further" or called weak against peers it is ahead of: it gets the reason it is kept (ahead of its peers,
 * or worth less than {@link Tiers#MIN_GAIN} of the total). Items to fix or develop keep the batch's reasons.
 * The tier's word leads, so the tier is told in words and not by a colour alone.
 */
public final class TierReason {
    private TierReason() {
    }

    public static String of(Severity tier, String batchReasonTh, String batchReasonEn, double score, Double peerMedian,
                            Language lang) {
        if (tier != Severity.MAINTAIN) {
            return lang.pick(tier.th(), capitalised(tier.en())) + ": " + lang.pick(batchReasonTh, batchReasonEn);
        }
        if (peerMedian != null && score >= peerMedian) {
            return lang.pick("รักษาระดับ: คะแนน " + Decimals.two(score) + " ไม่ต่ำกว่าค่ากลางของหน่วยงานประเภทเดียวกัน ("
                            + Decimals.two(peerMedian) + ")",
                    "Keep the level: " + Decimals.two(score) + " is not below the peer median (" + Decimals.two(peerMedian) + ")");
        }
        return lang.pick("รักษาระดับ: ยกระดับข้อนี้เพิ่มคะแนนรวมได้ไม่ถึง " + Decimals.two(Tiers.MIN_GAIN) + " คะแนน",
                "Keep the level: raising it adds less than " + Decimals.two(Tiers.MIN_GAIN) + " points to the total");
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
