package th.ita.insight.ingest.validate;

/**
 * A quarantined row or cell: where it is (file, line, column), what it held and why it was refused.
 *
 * @param detailTh the specific problem in Thai, e.g. "i31 ไม่มีในเกณฑ์ปีงบประมาณ 2566"
 */
public record Reject(String file, long line, String column, String value, RejectReason reason, String detailTh,
                     String detailEn) {
    /** Longer values are cut in the report: Excel refuses cells over 32,767 characters, and people read the start. */
    static final int MAX_VALUE = 200;

    public Reject {
        if (value != null && value.length() > MAX_VALUE) {
            value = value.substring(0, MAX_VALUE) + "… (" + value.length() + " characters)";
        }
    }

    public static Reject of(String file, long line, String column, String value, RejectReason reason) {
        return new Reject(file, line, column, value, reason, reason.th(), reason.en());
    }

    public static Reject of(String file, long line, String column, String value, RejectReason reason,
                            String detailTh, String detailEn) {
        return new Reject(file, line, column, value, reason, reason.th() + ": " + detailTh,
                reason.en() + ": " + detailEn);
    }
}
