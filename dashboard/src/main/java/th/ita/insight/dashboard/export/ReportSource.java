package th.ita.insight.dashboard.export;

/** Whose figures a document reports: the official results, or the agency's own survey projected. */
public enum ReportSource {
    OFFICIAL, SELF;

    static final String MARK_TH = "ฉบับประเมินตนเอง (คาดการณ์) — ไม่ใช่ผลการประเมินทางการของ ป.ป.ช.";
    static final String MARK_EN = "Self-assessment edition (projected) — not the NACC's official result";
    static final String NOTE_TH = "คะแนนในเอกสารนี้คาดการณ์จากแบบสำรวจที่หน่วยงานจัดทำเอง (IIT/EIT) ร่วมกับคะแนนทางการล่าสุดของเครื่องมือที่ไม่ได้สำรวจ "
            + "การแปลงคำตอบเป็นคะแนนเป็นข้อสมมติ และผลจริงอาจต่างออกไป ใช้เพื่อวางแผนปรับปรุงก่อนการประเมินจริงเท่านั้น";
    static final String NOTE_EN = "The scores in this document are projected from the agency's own survey (IIT/EIT), with the "
            + "latest official scores of the tools not surveyed. The answer coding is assumed and the official result may "
            + "differ: use it to plan improvements before the assessment only.";
}
