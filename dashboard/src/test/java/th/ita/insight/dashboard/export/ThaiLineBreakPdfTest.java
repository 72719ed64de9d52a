package th.ita.insight.dashboard.export;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No Thai word is broken across two lines of a PDF, and no line starts with closing punctuation: judged
 * from the lines PDFBox reads off the page, against a hand-made list of words from the documents
 * (DESIGN §9.8), not against the breaker that drew them. The JDK's breaker split "ออ|นไลน์", ICU's
 * "รูป|แบบ" and "งบ|ประมาณ".
 */
class ThaiLineBreakPdfTest {
    static final List<String> NEVER_SPLIT = List.of("ออนไลน์", "รูปแบบ", "ประชาสัมพันธ์", "งบประมาณ", "อินโฟกราฟิก", "เผยแพร่",
            "รับผิดชอบ", "เจ้าหน้าที่", "จัดซื้อจัดจ้าง", "ร้องเรียน", "ขั้นตอน", "หน่วยงาน", "ตัวชี้วัด", "ทรัพย์สิน", "ประสิทธิภาพ");
    /** Never the first character of a line. */
    static final String CLOSING = "),.]ๆ";
    /** Sentences of the o42 and o43 with every listed word in it, brackets after Thai and Latin words included. */
    static final String TEXT = "จัดทำระบบการให้บริการออนไลน์ (E-Service) ที่ผู้ขอรับบริการไม่จำเป็นต้องเดินทางมายังหน่วยงาน "
            + "จัดทำสื่อประชาสัมพันธ์ในรูปแบบการสรุปข้อมูล อินโฟกราฟิก หรือข่าวประชาสัมพันธ์ภายใน เผยแพร่ให้บุคลากรรับทราบ"
            + "อย่างทั่วถึงผ่านช่องทางต่าง ๆ เช่น ช่องทางออนไลน์ (Line, Facebook) หรือบอร์ดประชาสัมพันธ์ "
            + "ข้อ i7 “บุคลากรทราบข้อมูลงบประมาณของหน่วยงาน” ได้คะแนน 88.95 ต่ำกว่าค่ากลางของหน่วยงานประเภทเดียวกัน (92.10) "
            + "ผู้รับผิดชอบการจัดซื้อจัดจ้างและการใช้ทรัพย์สินของราชการ กำหนดขั้นตอนการร้องเรียนการทุจริตของเจ้าหน้าที่ "
            + "เพิ่มประสิทธิภาพการดำเนินงานตามตัวชี้วัดที่ 2 การใช้งบประมาณ (อ้างอิงจาก o11, o19, o20)";

    /** Where a listed word is split between two lines, and lines that start with closing punctuation. */
    static List<String> faults(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (!line.isEmpty() && CLOSING.indexOf(line.charAt(0)) >= 0) {
                out.add("starts with " + line.charAt(0) + ": " + line);
            }
            if (n == 0) {
                continue;
            }
            String before = lines.get(n - 1);
            for (String w : NEVER_SPLIT) {
                for (int k = 1; k < w.length(); k++) {
                    if (before.endsWith(w.substring(0, k)) && line.startsWith(w.substring(k))) {
                        out.add(w.substring(0, k) + "|" + w.substring(k));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void the_check_finds_a_word_split_across_lines_and_a_line_that_starts_with_a_bracket() throws Exception {
        List<Block> planted = List.of(new Block.Text(Block.Style.ITEM, "จัดทำสื่อในรูป\nแบบการสรุปข้อมูล ช่องทางออน\nไลน์ (Line"),
                new Block.Text(Block.Style.ITEM, ") หรือบอร์ด"));
        List<String> lines = ExportedText.pdfLines(PdfWriter.write(planted, "t", "th-TH", Digits.ARABIC));
        assertEquals(List.of("รูป|แบบ", "ออน|ไลน์", "starts with ): ) หรือบอร์ด"), faults(lines), lines.toString());
    }

    @Test
    void narrow_columns_and_a_full_width_paragraph_break_between_words_only() throws Exception {
        int widths = 0;
        for (int share = 16; share <= 60; share += 2) {
            float narrow = share / 100f;
            List<Block> blocks = List.of(new Block.Table(List.of(new Block.Column("ข้อความ", narrow, false),
                    new Block.Column("", 1 - narrow, false)), List.of(List.of(TEXT, ""))));
            check(blocks, "column " + share + "% wide");
            widths++;
        }
        check(List.of(new Block.Text(Block.Style.BODY, TEXT), new Block.Text(Block.Style.ITEM, TEXT)), "paragraphs");
        assertTrue(widths > 20);
    }

    private static void check(List<Block> blocks, String which) throws Exception {
        List<String> lines = ExportedText.pdfLines(PdfWriter.write(blocks, "t", "th-TH", Digits.ARABIC));
        String all = ExportedText.squeeze(String.join("", lines));
        for (String w : NEVER_SPLIT) {
            assertTrue(all.contains(w), which + ": " + w + " is on the page at all");
        }
        assertEquals(List.of(), faults(lines), which + ": " + lines);
    }
}
