package th.ita.insight.dashboard.export;

import th.ita.insight.dashboard.planner.AnalyticsFacts;
import th.ita.insight.dashboard.planner.PlanDraft;
import th.ita.insight.dashboard.planner.PlanItem;
import th.ita.insight.dashboard.planner.PlanNote;
import th.ita.insight.dashboard.planner.PlanStatus;
import th.ita.insight.dashboard.planner.ThaiDates;
import th.ita.insight.text.Language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Lays the o43 report (รายงานผลการดำเนินการตามมาตรการ) out as blocks in the seeds' layout: title, the
 * analysed year's scores as context, then one table per group with the columns มาตรการ · วิธีดำเนินการ ·
 * ผู้รับผิดชอบ · ระยะเวลา · สรุปผล · ผลลัพธ์ (seeds 000, 002, 004), then the signature lines.
 */
final class O43Layout {
    /** Everything the report states; the scores come from the o42's reader, the items from the plans file. */
    record Content(O42Report context, List<PlanItem> items, Map<Long, List<PlanNote>> notes,
                   Map<String, AnalyticsFacts.ItemPlace> places) {
    }

    private static final Map<String, String[]> TOOLS = Map.of(
            "IIT", new String[]{"มาตรการแก้ไขแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)", "Measures for the internal stakeholders' perception (IIT)"},
            "EIT", new String[]{"มาตรการแก้ไขแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)", "Measures for the external stakeholders' perception (EIT)"},
            "OIT", new String[]{"มาตรการแก้ไขแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)", "Measures for open data (OIT)"});

    private final Language lang;
    private final Digits digits;
    private final List<Block> out = new ArrayList<>();

    private O43Layout(Language lang, Digits digits) {
        this.lang = lang;
        this.digits = digits;
    }

    static List<Block> layout(Content c, O43Grouping grouping, Language lang, Digits digits) {
        O43Layout l = new O43Layout(lang, digits);
        l.title(c);
        l.groups(c, grouping);
        l.signature();
        return List.copyOf(l.out);
    }

    private void title(Content c) {
        O42Report r = c.context();
        int planYear = r.year() + 1;
        String name = r.agency().nameTh();
        String item = r.answers().measures() == null ? "" : " (" + r.answers().measures() + ")";
        text(Block.Style.TITLE, t("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน" + item,
                "Report on the measures to promote integrity and transparency within the agency" + item));
        text(Block.Style.TITLE, t("ประจำปีงบประมาณ พ.ศ. " + planYear, "Fiscal year " + planYear + " BE"));
        text(Block.Style.TITLE, name + (r.agency().provinceTh() == null ? "" : t(" จังหวัด" + r.agency().provinceTh(),
                ", " + (r.agency().provinceEn() == null ? r.agency().provinceTh() : r.agency().provinceEn()) + " province")));
        O42Report.Scores s = r.scores();
        String scores = s.total() == null ? t("ยังไม่มีคะแนนรวมของปี " + r.year(), "there is no FY" + r.year() + " total yet")
                : t("ได้คะแนนในภาพรวม " + O42Layout.num(s.total()) + " คะแนน อยู่ในระดับ" + (s.gradeTh() == null ? " –" : s.gradeTh())
                        + tools(s), "scored " + O42Layout.num(s.total()) + " overall, level " + (s.gradeEn() == null ? "–" : s.gradeEn()) + tools(s));
        text(Block.Style.BODY, t("ตามที่" + name + "ได้วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
                + "ประจำปีงบประมาณ พ.ศ. " + r.year() + " ซึ่ง" + scores + " และได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสในปีงบประมาณ พ.ศ. "
                + planYear + " จึงขอรายงานผลการดำเนินการตามมาตรการ ดังต่อไปนี้",
                "Having analysed its FY" + r.year() + " BE ITA results (" + name + " " + scores + ") and set measures for FY" + planYear
                + " BE, the agency reports on them as follows."));
        if (c.items().isEmpty()) {
            text(Block.Style.BODY, t("ยังไม่มีมาตรการในแผนของปีนี้", "No measures are planned for this year yet."));
        }
    }

    private String tools(O42Report.Scores s) {
        if (s.iit() == null || s.eit() == null || s.oit() == null) {
            return "";
        }
        return t(" (IIT " + O42Layout.num(s.iit()) + " EIT " + O42Layout.num(s.eit()) + " OIT " + O42Layout.num(s.oit()) + ")",
                " (IIT " + O42Layout.num(s.iit()) + ", EIT " + O42Layout.num(s.eit()) + ", OIT " + O42Layout.num(s.oit()) + ")");
    }

    private void groups(Content c, O43Grouping grouping) {
        Map<String, List<PlanItem>> groups = new LinkedHashMap<>();
        if (grouping == O43Grouping.TOOL) {
            for (String tool : List.of("IIT", "EIT", "OIT")) {
                groups.put(lang.pick(TOOLS.get(tool)[0], TOOLS.get(tool)[1]), new ArrayList<>());
            }
        }
        String other = t("มาตรการอื่นของหน่วยงาน", "Other measures of the agency");
        for (PlanItem i : c.items()) {
            AnalyticsFacts.ItemPlace place = i.draft().questions().stream().map(c.places()::get).filter(p -> p != null).findFirst().orElse(null);
            String key = switch (grouping) {
                case TOOL -> place == null ? other : lang.pick(TOOLS.get(place.tool())[0], TOOLS.get(place.tool())[1]);
                case INDICATOR -> place == null ? other : t("ตัวชี้วัดที่ ", "Indicator ") + place.indicator() + " "
                        + lang.pick(place.indicatorTh(), place.indicatorEn() == null ? place.indicatorTh() : place.indicatorEn());
                case THEME -> i.themeTh() == null ? other : lang.pick(i.themeTh(), i.themeEn() == null ? i.themeTh() : i.themeEn());
            };
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        int n = 0;
        for (Map.Entry<String, List<PlanItem>> g : groups.entrySet()) {
            if (g.getValue().isEmpty()) {
                continue;
            }
            text(Block.Style.HEADING, ++n + ". " + g.getKey());
            List<List<String>> rows = new ArrayList<>();
            int m = 0;
            for (PlanItem i : g.getValue()) {
                rows.add(row(++m, i, c.notes().getOrDefault(i.id(), List.of())));
            }
            // The approach holds the measure's steps, the longest text of a row: it gets the widest column.
            table(List.of(new Block.Column(t("มาตรการ/แนวทาง", "Measure"), 0.17f, false),
                    new Block.Column(t("วิธีดำเนินการ", "Approach"), 0.29f, false),
                    new Block.Column(t("ผู้รับผิดชอบ", "Responsible"), 0.13f, false),
                    new Block.Column(t("ระยะเวลาดำเนินการ", "Period"), 0.12f, false),
                    new Block.Column(t("สรุปผลการดำเนินการ", "Summary of what was done"), 0.16f, false),
                    new Block.Column(t("ผลลัพธ์/ความสำเร็จ", "Outcome"), 0.13f, false)), rows);
        }
    }

    /** A measure's row; items the newest catalog lacks are flagged on the plan page's "before you submit" list, not here. */
    private List<String> row(int number, PlanItem i, List<PlanNote> notes) {
        PlanDraft d = i.draft();
        StringBuilder measure = new StringBuilder(number + ". " + d.title());
        if (!d.questions().isEmpty()) {
            measure.append("\n").append(t("(ข้อ ", "(items ")).append(String.join(", ", d.questions())).append(")");
        }
        // Steps written inline ("๑. … ๒. …", as the measures catalog does) go one a line, numbered in the document's style.
        String approach = String.join("\n", Steps.numbered(Steps.split(DocumentText.clean(d.approach())), ""))
                + (d.steps().isEmpty() ? "" : (d.approach().isEmpty() ? "" : "\n") + d.steps());
        StringBuilder summary = new StringBuilder(lang.pick(d.status().th, d.status().en));
        for (PlanNote n : notes) {
            summary.append("\n").append(ThaiDates.date(n.notedOn(), lang)).append(" ").append(n.text());
        }
        StringBuilder outcome = new StringBuilder(d.outcome());
        if (d.targetScore() != null) {
            outcome.append(outcome.isEmpty() ? "" : "\n").append(t("เป้าหมายคะแนน ", "Target score ")).append(O42Layout.num(d.targetScore()));
        }
        for (String link : d.evidence()) {
            outcome.append(outcome.isEmpty() ? "" : "\n").append(link);
        }
        if (outcome.isEmpty() && d.status() != PlanStatus.DONE) {
            outcome.append("–");
        }
        return List.of(measure.toString(), approach.isEmpty() ? "–" : approach, d.responsible().isEmpty() ? "–" : d.responsible(),
                ThaiDates.period(d.start(), d.end(), lang), summary.toString(), outcome.toString());
    }

    private void signature() {
        text(Block.Style.SIGNATURE, t("(ลงชื่อ) ........................................ ผู้รายงาน", "(signed) ........................................ reported by"));
        text(Block.Style.SIGNATURE, "( ........................................ )");
        text(Block.Style.SIGNATURE, t("ตำแหน่ง ........................................", "position ........................................"));
    }

    /** Every text passes here: notes meant for us are cut, digits are written in the document's style. */
    private void text(Block.Style style, String text) {
        out.add(new Block.Text(style, digits.apply(DocumentText.clean(text))));
    }

    private void table(List<Block.Column> columns, List<List<String>> rows) {
        out.add(new Block.Table(columns.stream().map(c -> new Block.Column(digits.apply(c.header()), c.width(), c.numeric())).toList(),
                rows.stream().map(r -> r.stream().map(this::digitsOutsideLinks).collect(Collectors.toList())).toList()));
    }

    /** Thai digits must not touch an evidence link: the address would stop working. */
    private String digitsOutsideLinks(String cell) {
        return java.util.Arrays.stream(cell.split("\n", -1)).map(line -> line.startsWith("http://") || line.startsWith("https://")
                ? line : digits.apply(DocumentText.clean(line))).collect(Collectors.joining("\n"));
    }

    private String t(String th, String en) {
        return lang.pick(th, en);
    }
}
