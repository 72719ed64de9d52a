package th.ita.insight.dashboard.export;

/** Whose figures a document reports: the official results, or the agency's own survey projected. */
public enum ReportSource {
    OFFICIAL, SELF;

    static final String MARK_TH = "ฉบับประเมินตนเอง (คาดการณ์) — ไม่ใช่ผลการประเมินทางการของ ป.ป.ช.";
    static final String MARK_EN = "Self-assessment edition (projected) — not the NACC's official result";
    /** What the figures are, as the agency would say it; how sure the projection is belongs on the page, not here. */
    static final String NOTE_TH = "คะแนนในเอกสารนี้คำนวณจากแบบสำรวจที่หน่วยงานจัดทำเอง (IIT/EIT) ร่วมกับคะแนนทางการล่าสุดของเครื่องมือที่ไม่ได้สำรวจ "
            + "เพื่อใช้วางแผนปรับปรุงก่อนการประเมิน";
    static final String NOTE_EN = "The scores in this document are computed from the agency's own survey (IIT/EIT) with the "
            + "latest official scores of the tools not surveyed, to plan improvements before the assessment.";
}
