package th.ita.insight.analytics.survey;

import th.ita.insight.catalog.Tool;
import th.ita.insight.measures.Recommendation;
import th.ita.insight.survey.ColumnMatch;
import th.ita.insight.survey.Projection;
import th.ita.insight.survey.SelfAssessment;
import th.ita.insight.text.Language;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The lines {@code ./ita survey} prints: headers and aggregates only, never a respondent's answer. */
public final class SurveySummary {
    private static final int HEADER_SHOWN = 50;

    private SurveySummary() {
    }

    public static List<String> lines(SurveyOutcome o, Path rejects, Language lang) {
        SelfAssessment s = o.assessment();
        List<String> out = new ArrayList<>();
        out.add(lang.pick("ผลประเมินตนเอง (คาดการณ์ ไม่ใช่ผลทางการ): ", "Self-assessment (projected, not official): ")
                + o.agencyName() + " FY" + s.fiscalYear() + " " + s.tool());
        out.add(lang.pick("ไฟล์: ", "file: ") + o.description() + lang.pick(", แถวข้อมูล ", ", data rows ") + o.rows()
                + lang.pick(", ผู้ตอบ ", ", respondents ") + s.respondents());
        for (ColumnMatch c : o.columns()) {
            String header = c.header().length() > HEADER_SHOWN ? c.header().substring(0, HEADER_SHOWN) + "…" : c.header();
            out.add("  " + c.letter() + " " + (c.code() == null ? "" : c.code() + (c.subItem() == null ? "" : "." + c.subItem()) + " ")
                    + lang.pick(c.kind().th, c.kind().en) + (c.how().isEmpty() ? "" : " — " + pick(c.how(), lang))
                    + " [" + header + "]");
        }
        SelfAssessment.Figure t = s.toolScore();
        out.add(s.tool() + " " + fig(t) + lang.pick(" ผู้ตอบ ", " respondents ") + s.respondents()
                + (s.minimum() == null ? "" : lang.pick(" (ขั้นต่ำ ป.ป.ช. ", " (NACC minimum ") + s.minimum() + ")"));
        StringBuilder ind = new StringBuilder(lang.pick("  ตัวชี้วัด: ", "  indicators: "));
        s.indicators().forEach(i -> ind.append(i.number()).append("=").append(fig(i.figure())).append("  "));
        out.add(ind.toString().stripTrailing());
        StringBuilder q = new StringBuilder(lang.pick("  ข้อคำถาม: ", "  questions: "));
        s.questions().forEach(x -> q.append(x.code()).append("=").append(num(x.figure().score())).append(" "));
        out.add(q.toString().stripTrailing());
        Projection p = o.projection();
        StringBuilder tools = new StringBuilder();
        for (Tool tool : Tool.values()) {
            Projection.Basis b = p.basis().get(tool);
            tools.append(tool).append(" ").append(num(p.tools().get(tool))).append(" (")
                    .append(b == null ? "–" : basis(b, o.officialYear(), lang)).append(") ");
        }
        out.add(lang.pick("คะแนนรวมคาดการณ์: ", "projected total: ") + num(p.total())
                + (p.grade() == null ? "" : " " + lang.pick(p.grade().labelTh(), p.grade().labelEn())) + " ← " + tools.toString().strip());
        out.add(lang.pick("ข้อที่ยังอ่อน: ", "weak items: ") + p.weakItems().size()
                + lang.pick(", มาตรการที่แนะนำ: ", ", recommended measures: ") + p.recommendations().size());
        for (Recommendation r : p.recommendations().stream().limit(3).toList()) {
            out.add("  " + r.rank() + ". " + lang.pick(r.measure().titleTh(), r.measure().titleEn()) + " (+"
                    + num(r.expectedGain()) + ")");
        }
        s.warnings().forEach(w -> out.add(lang.pick("คำเตือน: ", "warning: ") + lang.pick(w.th(), w.en())));
        if (o.rejected() > 0) {
            out.add(lang.pick("ปฏิเสธ ", "rejected ") + o.rejected() + " " + o.rejects() + lang.pick(" — รายงาน: ", " — report: ") + rejects);
        }
        out.add(lang.pick("ใช้เวลา ", "took ") + o.millis() + " ms");
        return out;
    }

    private static String basis(Projection.Basis b, Integer officialYear, Language lang) {
        return switch (b) {
            case SELF -> lang.pick("ประเมินตนเอง", "self-assessment");
            case GIVEN -> lang.pick("ผู้ใช้กำหนด", "given");
            case OFFICIAL -> lang.pick("ทางการ ปี ", "official FY") + officialYear;
        };
    }

    private static String fig(SelfAssessment.Figure f) {
        return f.score() == null ? "–" : num(f.score()) + (f.ciLow() == null ? "" : " [" + num(f.ciLow()) + "–" + num(f.ciHigh()) + "]");
    }

    private static String num(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String pick(String how, Language lang) {
        int slash = how.indexOf(" / ");
        return slash < 0 ? how : lang.pick(how.substring(0, slash), how.substring(slash + 3));
    }
}
