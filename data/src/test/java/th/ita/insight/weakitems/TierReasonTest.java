package th.ita.insight.weakitems;

import org.junit.jupiter.api.Test;
import th.ita.insight.text.Language;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TierReasonTest {
    @Test
    void an_item_ahead_of_its_peers_is_not_told_to_raise_further() {
        // นาทอน FY2566 e13: the batch's reason says "below its indicator's mean — raise further", but it leads its peers.
        assertEquals("รักษาระดับ: คะแนน 90.30 ไม่ต่ำกว่าค่ากลางของหน่วยงานประเภทเดียวกัน (78.77)",
                TierReason.of(Severity.MAINTAIN, "ต่ำกว่าค่าเฉลี่ยของตัวชี้วัด (90.33) — ควรยกระดับต่อ", "below its indicator's mean",
                        90.30, 78.77, Language.TH));
    }

    @Test
    void an_item_worth_little_says_so() {
        assertEquals("Keep the level: raising it adds less than 0.05 points to the total",
                TierReason.of(Severity.MAINTAIN, "…", "…", 99.16, 99.30, Language.EN));
    }

    @Test
    void items_to_fix_keep_the_batch_reasons_after_their_tier() {
        assertEquals("แก้ไขโดยเร่งด่วน: ต่ำกว่าเกณฑ์ 85.00 คะแนน",
                TierReason.of(Severity.URGENT, "ต่ำกว่าเกณฑ์ 85.00 คะแนน", "below the 85.00 threshold", 70, 88.0, Language.TH));
        assertEquals("Develop further: below the 85.00 threshold",
                TierReason.of(Severity.IMPROVE, "ต่ำกว่าเกณฑ์ 85.00 คะแนน", "below the 85.00 threshold", 80, null, Language.EN));
    }
}
