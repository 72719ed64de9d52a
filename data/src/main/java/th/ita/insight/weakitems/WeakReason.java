package th.ita.insight.weakitems;

/** Why an item is weak; an item may have several reasons. */
public enum WeakReason {
    BELOW_THRESHOLD("ต่ำกว่าเกณฑ์ %s คะแนน", "below the %s threshold"),
    BELOW_PEERS("ต่ำกว่าค่ามัธยฐานของหน่วยงานประเภทเดียวกัน (%s) เกิน %s คะแนน", "more than %2$s points below the peer median (%1$s)"),
    BELOW_INDICATOR_MEAN("ต่ำกว่าค่าเฉลี่ยของตัวชี้วัด (%s) — ควรยกระดับต่อ", "below its indicator's mean (%s): where to improve next"),
    WEAK_INDICATOR("อยู่ในตัวชี้วัดที่ต่ำกว่าค่าเฉลี่ยของเครื่องมือ (%s) — ควรยกระดับต่อ",
            "in an indicator below its tool's mean (%s): where to improve next"),
    NOT_DISCLOSED("ไม่ได้เปิดเผยข้อมูล (0 คะแนน)", "not disclosed (scored 0)");

    private final String th;
    private final String en;

    WeakReason(String th, String en) {
        this.th = th;
        this.en = en;
    }

    public String th(Object... args) {
        return String.format(java.util.Locale.ROOT, th, args);
    }

    public String en(Object... args) {
        return String.format(java.util.Locale.ROOT, en, args);
    }
}
