package th.ita.insight.survey;

import th.ita.insight.catalog.Tool;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What a reader of projected scores must be told first: too few respondents, hidden figures, assumed coding. */
final class SelfAssessmentWarnings {
    private SelfAssessmentWarnings() {
    }

    static List<SelfAssessment.Warning> of(Tool tool, int respondents, Integer minimum, int floor,
                                            List<SelfAssessment.Question> questions, SelfAssessment.Figure toolScore,
                                            SurveyCoding coding) {
        List<SelfAssessment.Warning> out = new ArrayList<>();
        if (minimum != null && respondents < minimum) {
            out.add(new SelfAssessment.Warning("below_minimum",
                    "ผู้ตอบ " + tool + " " + respondents + " คน น้อยกว่าขั้นต่ำของ ป.ป.ช. สำหรับกลุ่มหน่วยงานนี้ (" + minimum
                            + " คน) ผลคาดการณ์จึงคลาดเคลื่อนได้มาก ดูช่วงความเชื่อมั่น (" + coding.minNoteTh() + ")",
                    tool + " has " + respondents + " respondents, fewer than the NACC minimum for this agency group ("
                            + minimum + "): the projection may be far off, read the intervals (" + coding.minNoteEn() + ")"));
        }
        String hidden = questions.stream().filter(q -> q.respondents() > 0 && q.respondents() < floor)
                .map(SelfAssessment.Question::code).collect(Collectors.joining(", "));
        if (!hidden.isEmpty()) {
            out.add(new SelfAssessment.Warning("privacy_floor",
                    "ไม่แสดงคะแนนข้อ " + hidden + " เพราะมีผู้ตอบน้อยกว่า " + floor + " คน (คุ้มครองผู้ตอบ)",
                    "no score for " + hidden + ": fewer than " + floor + " respondents answered (respondent privacy)"));
        }
        String missing = questions.stream().filter(q -> q.respondents() == 0).map(SelfAssessment.Question::code)
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            out.add(new SelfAssessment.Warning("unanswered",
                    "ไม่มีคำตอบข้อ " + missing + " จึงคำนวณตัวชี้วัดที่มีข้อเหล่านี้ไม่ได้",
                    "no answers for " + missing + ": the indicators holding them cannot be scored"));
        }
        if (toolScore.score() == null) {
            out.add(new SelfAssessment.Warning("no_tool_score",
                    "ยังคำนวณคะแนน " + tool + " ไม่ได้ (ขาดข้อคำถาม)", "no " + tool + " score: questions are missing"));
        }
        if (coding.assumed()) {
            out.add(new SelfAssessment.Warning("coding_assumed", coding.noteTh(), coding.noteEn()));
        }
        return out;
    }
}
