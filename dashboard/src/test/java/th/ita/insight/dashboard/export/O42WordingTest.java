package th.ita.insight.dashboard.export;

import org.junit.jupiter.api.Test;
import th.ita.insight.dashboard.analysis.WeakPoints;
import th.ita.insight.text.Language;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The o42's sentences and lists as an officer writes them, from the item's figures and the catalog's steps. */
class O42WordingTest {
    private static WeakPoints.Item item(String code, double score, String reasons, Double median, int years, double gap, boolean confirmed) {
        return new WeakPoints.Item(code, "บุคลากรทราบข้อมูลงบประมาณของหน่วยงาน", "Staff know the agency's budget", score, 95, 0.01, 0.1,
                "improve", "(คะแนน …: … — ควรยกระดับต่อ)", "(… where to improve next)", reasons, median, years, gap, confirmed,
                2, "การใช้งบประมาณ", "Use of the budget");
    }

    @Test
    void a_weak_question_is_one_sentence_with_its_figures() {
        assertEquals("ข้อ i7 “บุคลากรทราบข้อมูลงบประมาณของหน่วยงาน” ได้คะแนน 72.50 ต่ำกว่าเกณฑ์ผ่าน 85 คะแนน "
                        + "และต่ำกว่าค่ากลางของหน่วยงานประเภทเดียวกัน (92.10) และเป็นจุดอ่อนติดต่อกัน 3 ปี",
                WeakSentence.of(item("i7", 72.5, "below_threshold,below_peers", 92.1, 3, 14.6, true), Language.TH));
        assertEquals("Item i7 “Staff know the agency's budget” scored 72.50, below the pass mark of 85, below the median of "
                        + "agencies of the same type (92.10) and weak 3 years in a row.",
                WeakSentence.of(item("i7", 72.5, "below_threshold,below_peers", 92.1, 3, 14.6, true), Language.EN));
        assertEquals("ข้อ i7 “บุคลากรทราบข้อมูลงบประมาณของหน่วยงาน” ได้คะแนน 97.36 ต่ำกว่าค่าเฉลี่ยของข้อคำถามในตัวชี้วัดเดียวกัน 0.39 คะแนน",
                WeakSentence.of(item("i7", 97.36, "below_indicator_mean", 79.92, 1, 0.39, true), Language.TH));
    }

    @Test
    void a_reason_the_figures_contradict_is_not_printed() {
        // At or above the peer median an item is never "below peers", whatever the reasons column says.
        String s = WeakSentence.of(item("e13", 90.30, "below_peers", 78.77, 1, 0, true), Language.TH);
        assertEquals("ข้อ e13 “บุคลากรทราบข้อมูลงบประมาณของหน่วยงาน” ได้คะแนน 90.30", s);
        assertTrue(!WeakSentence.of(item("i7", 86.0, "below_threshold", null, 1, 0, true), Language.TH).contains("เกณฑ์ผ่าน"),
                "86.00 is not below the pass mark of 85");
    }

    @Test
    void an_unconfirmed_question_text_prints_as_its_code_and_indicator_without_a_footnote() {
        String s = WeakSentence.of(item("i12", 98.06, "weak_indicator", 82.33, 1, 0.70, false), Language.TH);
        assertEquals("ข้อ i12 ในตัวชี้วัดที่ 2 การใช้งบประมาณ ได้คะแนน 98.06 โดยตัวชี้วัดนี้มีคะแนนเฉลี่ยต่ำกว่าค่าเฉลี่ยของตัวชี้วัดใน IIT "
                + "0.70 คะแนน", s);
    }

    @Test
    void inline_steps_of_the_catalog_become_one_list() {
        assertEquals(List.of("จัดทำระบบ E-Service", "ระบุช่องทางไว้ในคู่มือ พ.ศ. 2567", "เผยแพร่"),
                Steps.split("๑. จัดทำระบบ E-Service ๒. ระบุช่องทางไว้ในคู่มือ พ.ศ. 2567 ๓. เผยแพร่"));
        assertEquals(List.of("Set a policy.", "Monitor it."), Steps.split("1. Set a policy. 2. Monitor it."));
        assertEquals(List.of("ติดตามผลข้อ 2. และข้อ 3. ต่อเนื่อง"), Steps.split("ติดตามผลข้อ 2. และข้อ 3. ต่อเนื่อง"), "not a list");
        assertEquals(List.of("2.1 a", "2.2 b"), Steps.numbered(List.of("a", "b"), "2."));
        assertEquals(List.of("1. a", "2. b"), Steps.numbered(List.of("a", "b"), ""));
    }

    @Test
    void digits_are_written_in_one_style_whichever_the_source_used() {
        assertEquals("1. จัดทำ 2. ระบุ 96.98", Digits.ARABIC.apply("๑. จัดทำ ๒. ระบุ 96.98"));
        assertEquals("๑. จัดทำ ๒. ระบุ ๙๖.๙๘", Digits.THAI.apply("1. จัดทำ ๒. ระบุ 96.98"));
    }

    @Test
    void a_parenthesised_remark_about_sources_is_cut_and_kept_for_the_list() {
        String how = "๓. เปิดเผยหลักเกณฑ์โดยละเอียด (เอกสารต้นแบบไม่ได้ระบุรหัสข้อ OIT ข้อที่ตรงกันคือ o23–o25) ภายในเดือนมีนาคม (E-Service)";
        assertEquals("๓. เปิดเผยหลักเกณฑ์โดยละเอียด ภายในเดือนมีนาคม (E-Service)", DocumentText.clean(how));
        assertEquals(List.of("เอกสารต้นแบบไม่ได้ระบุรหัสข้อ OIT ข้อที่ตรงกันคือ o23–o25"), DocumentText.notes(how));
        assertEquals("สำนักปลัด (งานการเจ้าหน้าที่)", DocumentText.clean("สำนักปลัด (งานการเจ้าหน้าที่)"));
    }

    @Test
    void the_pass_mark_line_of_the_chart_is_labelled() throws Exception {
        List<O42Report.IndicatorScore> bars = List.of(new O42Report.IndicatorScore("IIT", 1, "การปฏิบัติหน้าที่", null, 99.44, null));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(IndicatorChart.png(bars, Language.TH, Digits.ARABIC)));
        // The label sits above the plot, in the line's red, around the line at 85.
        int red = 0;
        for (int y = 0; y < 50; y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                red += ((rgb >> 16) & 0xff) > 150 && ((rgb >> 8) & 0xff) < 100 && (rgb & 0xff) < 100 ? 1 : 0;
            }
        }
        assertTrue(red > 200, "red label pixels above the plot: " + red);
    }
}
