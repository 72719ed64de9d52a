package th.ita.insight.weakitems;

/** How soon a weak item needs work: urgent, improve, watch (docs/analytics.md). */
public enum Severity {
    URGENT("เร่งด่วน", "urgent"),
    IMPROVE("ควรปรับปรุง", "improve"),
    WATCH("เฝ้าระวัง", "watch");

    private final String th;
    private final String en;

    Severity(String th, String en) {
        this.th = th;
        this.en = en;
    }

    public String th() {
        return th;
    }

    public String en() {
        return en;
    }

    /** One step more serious: persistence raises severity, it is never a trigger on its own. */
    public Severity raised() {
        return this == WATCH ? IMPROVE : URGENT;
    }
}
