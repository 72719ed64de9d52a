package th.ita.insight.text;

/** Why a cell's text could not be read as the value its column needs, in Thai and English. */
public enum ValueProblem {
    EMPTY("ค่าว่าง", "value is empty"),
    NOT_A_NUMBER("ไม่ใช่ตัวเลข", "not a number"),
    DECIMAL_COMMA("ใช้จุลภาคเป็นจุดทศนิยม (กำกวม) ให้ใช้จุด เช่น 95.5",
            "comma used as decimal mark (ambiguous); write a point, e.g. 95.5"),
    TWO_DIGIT_YEAR("ปีสองหลักกำกวม ให้ใช้ปี พ.ศ. สี่หลัก เช่น 2566",
            "two-digit year is ambiguous; write the 4-digit Buddhist-era year, e.g. 2566"),
    YEAR_OUT_OF_RANGE("ปีไม่อยู่ในช่วง พ.ศ. 2500–2700 หรือ ค.ศ. 1957–2157",
            "year outside BE 2500–2700 and CE 1957–2157"),
    NOT_A_YEAR("ไม่ใช่ปีงบประมาณ", "not a fiscal year"),
    NOT_AN_ITEM_CODE("ไม่ใช่รหัสข้อคำถาม (เช่น i12, e3, o34)", "not an item code (e.g. i12, e3, o34)");

    private final String th;
    private final String en;

    ValueProblem(String th, String en) {
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
