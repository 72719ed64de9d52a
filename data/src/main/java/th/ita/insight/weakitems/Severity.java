package th.ita.insight.weakitems;

/**
 * The priority tier of a weak item (docs/analytics.md, "Priorities"; {@link Tiers} decides it), named as the
 * NACC's o42 criterion names them: "ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน",
 * "ประเด็นที่จะต้องพัฒนาให้ดีขึ้น", and the rest kept at their level.
 */
public enum Severity {
    URGENT("แก้ไขโดยเร่งด่วน", "fix urgently", "ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน",
            "Defects or weaknesses to fix urgently"),
    IMPROVE("พัฒนาให้ดีขึ้น", "develop further", "ประเด็นที่จะต้องพัฒนาให้ดีขึ้น", "Points to develop further"),
    MAINTAIN("รักษาระดับ", "maintain", "ประเด็นที่ควรรักษาระดับและติดตามผล", "Points to keep at their level and follow up");

    private final String th;
    private final String en;
    private final String headingTh;
    private final String headingEn;

    Severity(String th, String en, String headingTh, String headingEn) {
        this.th = th;
        this.en = en;
        this.headingTh = headingTh;
        this.headingEn = headingEn;
    }

    public String th() {
        return th;
    }

    public String en() {
        return en;
    }

    /** The tier's heading as the o42 criterion words it. */
    public String headingTh() {
        return headingTh;
    }

    public String headingEn() {
        return headingEn;
    }

    /** The tier of a published {@code weak_item.severity} value; files of schema version 4 said "watch". */
    public static Severity ofColumn(String value) {
        return switch (value == null ? "" : value) {
            case "urgent" -> URGENT;
            case "improve" -> IMPROVE;
            default -> MAINTAIN;
        };
    }
}
