package th.ita.insight.dashboard.export;

import th.ita.insight.dashboard.analysis.WeakPoints;
import th.ita.insight.scoring.LevelExplanation;
import th.ita.insight.text.Language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lays an o42 report out as blocks in the order and wording of the seed document (003): title block,
 * the year's scores with a chart, part 1 weak questions by theme, part 2 the plan, part 3 constraints.
 * Every theme of part 1 has its row in part 2 under the same number; the documents state figures and
 * confirmed rules only, in one digit style (DESIGN §9.4, §9.5).
 */
final class O42Layout {
    private final Language lang;
    private final Digits digits;
    private final List<Block> out = new ArrayList<>();

    private O42Layout(Language lang, Digits digits) {
        this.lang = lang;
        this.digits = digits;
    }

    static List<Block> layout(O42Report r, byte[] chartPng, int chartWidth, int chartHeight, Language lang, Digits digits) {
        O42Layout l = new O42Layout(lang, digits);
        l.titleBlock(r);
        l.scores(r, chartPng, chartWidth, chartHeight);
        l.part1(r);
        l.part2(r);
        l.part3();
        return List.copyOf(l.out);
    }

    private void titleBlock(O42Report r) {
        String item = r.answers().analysis() == null ? "" : " (" + r.answers().analysis() + ")";
        text(Block.Style.TITLE, t("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน" + item,
                "Measures to promote integrity and transparency within the agency" + item));
        text(Block.Style.TITLE, t("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
                + "ประจำปีงบประมาณ พ.ศ. " + r.year(), "Analysis of the Integrity and Transparency Assessment (ITA) results, "
                + "fiscal year " + r.year() + " BE"));
        text(Block.Style.TITLE, agencyLine(r.agency()));
        if (r.source() == ReportSource.SELF) {
            text(Block.Style.TITLE, t(ReportSource.MARK_TH, ReportSource.MARK_EN));
            text(Block.Style.BODY, t(ReportSource.NOTE_TH, ReportSource.NOTE_EN));
        }
    }

    private String agencyLine(O42Report.Agency a) {
        StringBuilder s = new StringBuilder(a.nameTh());
        if (a.district() != null) {
            s.append(lang.pick(" อำเภอ", ", district ")).append(a.district());
        }
        if (a.provinceTh() != null) {
            boolean bangkok = a.provinceTh().equals("กรุงเทพมหานคร");
            s.append(lang == Language.TH ? (bangkok ? " " : " จังหวัด") + a.provinceTh()
                    : ", " + (a.provinceEn() == null ? a.provinceTh() : a.provinceEn()) + (bangkok ? "" : " province"));
        }
        return s.toString();
    }

    private void scores(O42Report r, byte[] chart, int w, int h) {
        O42Report.Scores s = r.scores();
        String name = r.agency().nameTh();
        if (s.total() == null) {
            text(Block.Style.BODY, t("ปีงบประมาณ พ.ศ. " + r.year() + " ยังไม่มีคะแนนรวมของ" + name,
                    "There is no total score of " + name + " for FY" + r.year() + " BE."));
        } else {
            text(Block.Style.BODY, t("จากผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. "
                    + r.year() + " " + name + " มีคะแนนในภาพรวมอยู่ที่ " + num(s.total()) + " คะแนน อยู่ในระดับ"
                    + (s.gradeTh() == null ? " –" : s.gradeTh()) + tools(s) + " รายละเอียดตามตัวชี้วัด ดังนี้",
                    "In the FY" + r.year() + " BE Integrity and Transparency Assessment, " + name + " scored " + num(s.total())
                    + " overall, level " + (s.gradeEn() == null ? "–" : s.gradeEn()) + tools(s) + ". By indicator:"));
        }
        out.add(new Block.Picture(chart, w, h, 0.85f, t("กราฟคะแนนรายตัวชี้วัด", "Chart of the indicator scores")));
        boolean compare = s.previousYear() != null;
        List<Block.Column> cols = new ArrayList<>(List.of(new Block.Column(t("แบบ", "Tool"), 0.1f, false),
                new Block.Column(t("ตัวชี้วัดที่", "Indicator"), 0.12f, true),
                new Block.Column(t("รายละเอียดตัวชี้วัด", "Indicator name"), compare ? 0.42f : 0.6f, false),
                new Block.Column(t("คะแนน", "Score"), 0.18f, true)));
        if (compare) {
            cols.add(new Block.Column(t("ปี ", "FY") + s.previousYear(), 0.1f, true));
            cols.add(new Block.Column(t("เปลี่ยนแปลง", "Change"), 0.08f, true));
        }
        List<List<String>> rows = new ArrayList<>();
        String lastTool = null;
        for (O42Report.IndicatorScore i : s.indicators()) {
            List<String> row = new ArrayList<>(List.of(i.tool().equals(lastTool) ? "" : i.tool(), String.valueOf(i.number()),
                    lang.pick(i.nameTh(), i.nameEn() == null ? i.nameTh() : i.nameEn()), num(i.score())));
            if (compare) {
                row.add(num(i.previous()));
                row.add(i.change() == null ? "–" : String.format(Locale.ROOT, "%+.2f", i.change()));
            }
            rows.add(row);
            lastTool = i.tool();
        }
        if (s.total() != null) {
            List<String> row = new ArrayList<>(List.of("", "", t("คะแนนรวม", "Total"), num(s.total())));
            if (compare) {
                row.addAll(List.of("", ""));
            }
            rows.add(row);
        }
        table(cols, rows);
        LevelExplanation level = s.level();
        if (level != null) {
            text(Block.Style.ITEM, t("ระดับ" + level.level().labelTh() + ": ", "Level " + level.level().labelEn() + ": ")
                    + level.line(lang, LevelExplanation.Form.DOCUMENT));
        }
        if (s.methodBreak()) {
            // A confirmed fact the reader of a two-year table needs, said as an officer would say it.
            text(Block.Style.BODY, t("ทั้งนี้ ปีงบประมาณ พ.ศ. " + r.year() + " มีการปรับเปลี่ยนวิธีการประเมินจากปี " + s.previousYear()
                    + " คะแนนของปี " + s.previousYear() + " ในตารางจึงใช้เปรียบเทียบแนวโน้มเท่านั้น", "The assessment method changed "
                    + "between FY" + s.previousYear() + " and FY" + r.year() + " BE, so the FY" + s.previousYear()
                    + " scores in the table show the trend only."));
        }
    }

    private String tools(O42Report.Scores s) {
        if (s.iit() == null || s.eit() == null || s.oit() == null) {
            return "";
        }
        return t(" โดยมีคะแนนรายเครื่องมือ IIT " + num(s.iit()) + " EIT " + num(s.eit()) + " และ OIT " + num(s.oit()),
                " (IIT " + num(s.iit()) + ", EIT " + num(s.eit()) + ", OIT " + num(s.oit()) + ")");
    }

    private void part1(O42Report r) {
        text(Block.Style.HEADING, t("ส่วนที่ 1 ข้อมูลรายละเอียดการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน"
                + "ของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. " + r.year(), "Part 1: analysis of the FY" + r.year() + " BE results"));
        if (r.themes().isEmpty()) {
            text(Block.Style.BODY, t("ไม่พบข้อคำถามที่มีผลการประเมินต่ำในปีนี้ หรือปีนี้ไม่มีคะแนนรายข้อ",
                    "No weak questions this year, or no item scores this year."));
            return;
        }
        for (WeakPoints.Theme theme : r.themes()) {
            text(Block.Style.SUBHEADING, themeTitle(theme));
            text(Block.Style.BODY, t("แนวทางในการยกระดับผลการประเมินฯ และพัฒนาการดำเนินงาน รายละเอียดข้อคำถามที่มีผลการประเมินต่ำ "
                    + "โดยเฉพาะในประเด็นข้อคำถาม ดังต่อไปนี้", "Ways to raise the results, for the questions that scored low:"));
            for (WeakPoints.Measure m : theme.measures()) {
                for (WeakPoints.Item i : m.items()) {
                    text(Block.Style.ITEM, "- " + WeakSentence.of(i, lang));
                }
                String refs = m.oitRefs().isEmpty() ? "" : t(" (อ้างอิงจาก ", " (evidence: ") + m.oitRefs().replace(",", ", ") + ")";
                String title = lang.pick(m.titleTh(), m.titleEn());
                if (!m.recommended()) {
                    text(Block.Style.BODY, t("ดังนั้น หน่วยงานควรรักษาระดับและติดตามผลต่อเนื่อง ตามแนวทาง" + title + refs,
                            "Therefore the agency should maintain the level and follow up, along the lines of: " + title + refs));
                    continue;
                }
                List<String> steps = Steps.split(DocumentText.clean(how(m)));
                text(Block.Style.BODY, t("ดังนั้น หน่วยงานควร", "Therefore the agency should: ") + title + refs
                        + (steps.isEmpty() ? "" : t(" โดย", ", as follows:")));
                for (String step : Steps.numbered(steps, "")) {
                    text(Block.Style.ITEM, step);
                }
            }
        }
    }

    private void part2(O42Report r) {
        int next = r.year() + 1;
        text(Block.Style.HEADING, t("ส่วนที่ 2 การกำหนดวิธีการนำผลการวิเคราะห์แต่ละประเด็นไปสู่การปฏิบัติของ" + r.agency().nameTh()
                + " ในปีงบประมาณ พ.ศ. " + next, "Part 2: putting the analysis into practice in FY" + next + " BE"));
        text(Block.Style.BODY, t("จากการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. " + r.year()
                + " นำไปสู่การปฏิบัติหรือกำหนดมาตรการเพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสของ" + r.agency().nameTh()
                + "ให้ดีขึ้น ดังนี้", "From the analysis of the FY" + r.year() + " BE results, " + r.agency().nameTh()
                + " will carry out these measures:"));
        List<List<String>> rows = new ArrayList<>();
        for (WeakPoints.Theme theme : r.themes()) {
            rows.add(planRow(theme, next));
        }
        table(List.of(new Block.Column(t("หัวข้อ", "Topic"), 0.18f, false),
                new Block.Column(t("วิธีการนำผลการวิเคราะห์ไปสู่การปฏิบัติ", "Approach"), 0.22f, false),
                new Block.Column(t("ผู้รับผิดชอบ/ผู้ที่เกี่ยวข้อง", "Responsible"), 0.14f, false),
                new Block.Column(t("ขั้นตอน/วิธีปฏิบัติ", "Steps"), 0.34f, false),
                new Block.Column(t("ระยะเวลาดำเนินงาน", "Period"), 0.12f, false)), rows);
    }

    /**
     * A theme's plan row, titled as in part 1. Measures worth less than the gain floor are not plan items
     * (DESIGN §9.4): a theme with none above it is to be maintained and followed up.
     */
    private List<String> planRow(WeakPoints.Theme theme, int next) {
        List<WeakPoints.Measure> plan = theme.measures().stream().filter(WeakPoints.Measure::recommended).toList();
        Set<String> responsible = new LinkedHashSet<>();
        // One unit once: "สำนักปลัด / กองคลัง" and "กองคลัง" are two units, not three lines.
        (plan.isEmpty() ? theme.measures() : plan).forEach(m -> responsible.addAll(
                java.util.Arrays.stream(lang.pick(m.responsibleTh(), m.responsibleEn()).split("\\s*/\\s*")).map(String::strip).toList()));
        responsible.remove("");
        String period = t("ก.พ.–ก.ย. " + next, "Feb–Sep " + next);
        String who = responsible.isEmpty() ? t("ทุกส่วนราชการ", "All divisions") : String.join("\n", responsible);
        if (plan.isEmpty()) {
            Set<String> codes = new java.util.TreeSet<>(O42Layout::byCatalogOrder);
            theme.measures().forEach(m -> m.items().forEach(i -> codes.add(i.code())));
            return List.of(themeTitle(theme), t("รักษาระดับและติดตามผล", "Maintain the level and follow up"), who,
                    t("ดำเนินการตามแนวทางเดิมต่อเนื่อง และติดตามผลข้อ " + String.join(", ", codes)
                            + " ในการประเมินปีงบประมาณ พ.ศ. " + next, "Keep to the current practice and follow up items "
                            + String.join(", ", codes) + " in the FY" + next + " BE assessment"), period);
        }
        List<String> titles = plan.stream().map(m -> lang.pick(m.titleTh(), m.titleEn())).toList();
        List<String> steps = new ArrayList<>();
        for (int k = 0; k < plan.size(); k++) {
            List<String> own = Steps.split(DocumentText.clean(how(plan.get(k))));
            steps.addAll(Steps.numbered(own, plan.size() == 1 ? "" : (k + 1) + "."));
        }
        return List.of(themeTitle(theme), String.join("\n", Steps.numbered(titles, "")), who, String.join("\n", steps), period);
    }

    private void part3() {
        text(Block.Style.HEADING, t("ส่วนที่ 3 การวิเคราะห์ข้อจำกัดของหน่วยงานในการดำเนินการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน"
                + "ของหน่วยงานภาครัฐ", "Part 3: the agency's constraints in the assessment"));
        text(Block.Style.SUBHEADING, t("ปัญหา / อุปสรรค", "Problems / obstacles"));
        for (int i = 1; i <= 3; i++) {
            text(Block.Style.FILL_IN, i + ".");
        }
        text(Block.Style.SUBHEADING, t("ข้อเสนอแนะ", "Suggestions"));
        text(Block.Style.FILL_IN, "");
        text(Block.Style.FILL_IN, "");
        text(Block.Style.SIGNATURE, t("(ลงชื่อ) ........................................ ผู้จัดทำ", "(signed) ........................................ prepared by"));
        text(Block.Style.SIGNATURE, "( ........................................ )");
        text(Block.Style.SIGNATURE, t("ตำแหน่ง ........................................", "position ........................................"));
    }

    /** i1 … i30, e1 … e15, o1 …: the order of the assessment forms. */
    static int byCatalogOrder(String a, String b) {
        int tools = Integer.compare("ieo".indexOf(a.charAt(0)), "ieo".indexOf(b.charAt(0)));
        if (tools != 0 || !a.substring(1).matches("\\d+") || !b.substring(1).matches("\\d+")) {
            return tools != 0 ? tools : a.compareTo(b);
        }
        return Integer.compare(Integer.parseInt(a.substring(1)), Integer.parseInt(b.substring(1)));
    }

    private String themeTitle(WeakPoints.Theme theme) {
        return (theme.numbered() ? t("ประเด็นที่ ", "Theme ") + theme.number() + " " : "") + lang.pick(theme.nameTh(), theme.nameEn());
    }

    private String how(WeakPoints.Measure m) {
        return lang == Language.TH || m.howEn().isEmpty() ? m.howTh() : m.howEn();
    }

    /** Every text passes here: notes meant for us are cut, digits are written in the document's style. */
    private void text(Block.Style style, String text) {
        out.add(new Block.Text(style, digits.apply(DocumentText.clean(text))));
    }

    private void table(List<Block.Column> columns, List<List<String>> rows) {
        out.add(new Block.Table(columns.stream().map(c -> new Block.Column(digits.apply(c.header()), c.width(), c.numeric()))
                .toList(), rows.stream().map(r -> r.stream().map(c -> digits.apply(DocumentText.clean(c)))
                .collect(Collectors.toList())).toList()));
    }

    private String t(String th, String en) {
        return lang.pick(th, en);
    }

    static String num(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }
}
