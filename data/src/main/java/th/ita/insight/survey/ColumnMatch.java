package th.ita.insight.survey;

/**
 * How one column of a survey export was understood. Only the header is kept: never a cell.
 *
 * @param index   0-based column
 * @param code    the question (i1–i30, e1–e15) for QUESTION columns, else null
 * @param subItem the sub-item label ("1", "2" …) when the question is asked in parts, else null
 * @param how     how it was matched or why it was not, for the user (Thai / English in {@link Kind})
 */
public record ColumnMatch(int index, String header, Kind kind, String code, String subItem, String how) {

    public enum Kind {
        /** A question column: by its code in the header, by the --map file or by the catalog's Thai text. */
        QUESTION("ข้อคำถาม", "question"),
        /** Timestamp, e-mail, names, free text: recognised, read past and never stored. */
        IGNORED("ไม่ใช้ (ข้อมูลส่วนบุคคลหรือข้อความอิสระ ไม่เก็บ)", "ignored (personal data or free text, never stored)"),
        /** Not a question we can name: reported, never guessed. */
        UNMATCHED("จับคู่กับข้อคำถามไม่ได้", "not matched to a question"),
        /** Two or more columns claim the same question: none of them is used. */
        DUPLICATE("หลายคอลัมน์เป็นข้อคำถามเดียวกัน", "several columns for the same question");

        public final String th;
        public final String en;

        Kind(String th, String en) {
            this.th = th;
            this.en = en;
        }
    }

    public boolean isQuestion() {
        return kind == Kind.QUESTION;
    }

    /** Spreadsheet-style column letter (A, B, … AA) for messages. */
    public String letter() {
        StringBuilder s = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }
}
