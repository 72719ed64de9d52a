package th.ita.insight.ingest.validate;

/** Why a row or cell was quarantined, in Thai and English; the code is stable for scripts. */
public enum RejectReason {
    MISSING_AGENCY("ไม่มีชื่อหรือรหัสหน่วยงาน", "no agency name or id"),
    UNKNOWN_AGENCY_TYPE("ไม่รู้จักประเภทหน่วยงาน", "unknown agency type"),
    UNKNOWN_PROVINCE("ไม่รู้จักจังหวัด", "unknown province"),
    BAD_YEAR("ปีงบประมาณไม่ถูกต้อง", "bad fiscal year"),
    NO_CATALOG_FOR_YEAR("ไม่มีเกณฑ์การประเมินของปีนี้", "no ITA catalog for this fiscal year"),
    BAD_ITEM_CODE("รหัสข้อคำถามไม่ถูกต้อง", "bad question code"),
    UNKNOWN_QUESTION("ไม่มีข้อคำถามนี้ในเกณฑ์ของปีนั้น", "question not in that year's catalog"),
    BAD_INDICATOR("ตัวชี้วัดไม่ถูกต้อง", "bad indicator"),
    TOOL_MISMATCH("เครื่องมือไม่ตรงกับข้อคำถาม", "tool does not match the question"),
    INDICATOR_MISMATCH("ตัวชี้วัดไม่ตรงกับข้อคำถาม", "indicator does not match the question"),
    BAD_TOOL("เครื่องมือไม่ถูกต้อง (ต้องเป็น IIT, EIT, OIT หรือ ITA/ว่าง สำหรับคะแนนรวม)",
            "bad tool (IIT, EIT, OIT, or ITA/empty for a total)"),
    LEVEL_NOT_IN_FRAMEWORK("ปีนี้เผยแพร่เฉพาะคะแนนรวม", "this year's framework publishes totals only"),
    MISSING_SCORE("ไม่มีคะแนน", "no score"),
    NOT_A_NUMBER("คะแนนไม่ใช่ตัวเลข", "score is not a number"),
    SCORE_OUT_OF_RANGE("คะแนนอยู่นอกช่วง 0–100", "score outside 0–100"),
    BAD_ENCODING("มีอักขระที่ถอดรหัสไม่ได้ (ไฟล์ปนกันระหว่าง UTF-8 กับ Windows-874)",
            "undecodable characters (file mixes UTF-8 and Windows-874)"),
    BROKEN_ROW("แยกคอลัมน์ของแถวนี้ไม่ได้ (ไฟล์ถูกตัดกลางเครื่องหมายคำพูด?) แถวที่เหลือหลังจากนี้อ่านไม่ได้",
            "the row cannot be split into columns (file cut inside a quoted cell?); nothing after it can be read"),
    DUPLICATE_CONFLICT("ข้อมูลซ้ำแต่คะแนนต่างกัน", "duplicate key with a different score"),
    UNKNOWN_ANSWER("คำตอบไม่ตรงกับตัวเลือกของข้อคำถาม (นับเป็นไม่ได้ตอบ)", "answer is not one of the question's options (counted as not answered)"),
    UNMATCHED_COLUMN("คอลัมน์นี้จับคู่กับข้อคำถามไม่ได้ (ไม่ใช้)", "column not matched to a question (not used)"),
    DUPLICATE_COLUMN("หลายคอลัมน์เป็นข้อคำถามเดียวกัน (ไม่ใช้)", "several columns for one question (none used)");

    private final String th;
    private final String en;

    RejectReason(String th, String en) {
        this.th = th;
        this.en = en;
    }

    public String th() {
        return th;
    }

    public String en() {
        return en;
    }
}
