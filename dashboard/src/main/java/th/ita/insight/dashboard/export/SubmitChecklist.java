package th.ita.insight.dashboard.export;

import th.ita.insight.dashboard.analysis.WeakPoints;
import th.ita.insight.dashboard.planner.AnalyticsFacts;
import th.ita.insight.dashboard.planner.PlanDraft;
import th.ita.insight.dashboard.planner.PlanFlags;
import th.ita.insight.dashboard.planner.PlanItem;
import th.ita.insight.dashboard.web.Rows;
import th.ita.insight.scoring.LevelExplanation;
import th.ita.insight.text.Language;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static th.ita.insight.dashboard.web.Html.escape;

/**
 * The "before you submit" list shown where the o42 and o43 are offered: what the documents leave out
 * because it is a note for the officer, not a statement of the agency (unconfirmed wording, single-source
 * rules, provisional catalogs, remarks cut from a text, items the newest catalog lacks), DESIGN §9.5.
 */
public final class SubmitChecklist {
    /** One point of the list, in both languages. */
    public record Note(String th, String en) {
    }

    private SubmitChecklist() {
    }

    /** What to check in the o42 of an agency-year before it is filed. */
    public static List<Note> o42(Rows rows, String agencyId, int year, List<WeakPoints.Theme> themes) throws SQLException {
        List<Note> out = new ArrayList<>();
        Set<String> guessed = new LinkedHashSet<>();
        for (WeakPoints.Theme theme : themes) {
            for (WeakPoints.Measure m : theme.measures()) {
                m.items().stream().filter(i -> !i.textConfirmed()).forEach(i -> guessed.add(i.code()));
                cut(out, m.titleTh(), m.titleEn(), DocumentText.notes(m.titleTh() + " " + m.howTh()),
                        DocumentText.notes(m.titleEn() + " " + m.howEn()));
            }
        }
        if (!guessed.isEmpty()) {
            String codes = String.join(", ", guessed);
            out.add(0, new Note("ข้อ " + codes + ": ถ้อยคำข้อคำถามยังไม่ได้ยืนยันกับแบบวัดของ ป.ป.ช. เอกสารจึงพิมพ์รหัสข้อกับชื่อตัวชี้วัดแทน "
                    + "หากมีแบบวัดฉบับจริง เติมถ้อยคำในไฟล์ Word ก่อนส่ง", "Items " + codes + ": the question wording is not "
                    + "confirmed against the NACC's form, so the document prints the code and the indicator's name; if you "
                    + "have the form, add the wording in the Word file before you submit."));
        }
        Map<String, Object> total = rows.one("SELECT total, grade, iit, eit, oit FROM score_total WHERE agency_id = ? "
                + "AND fiscal_year = ?", agencyId, year);
        LevelExplanation level = total == null ? null : Levels.explain(rows, year, dbl(total.get("total")), dbl(total.get("iit")),
                dbl(total.get("eit")), dbl(total.get("oit")), (String) total.get("grade"));
        if (level != null && level.restsOnSingleSource()) {
            out.add(new Note("ระดับในเอกสาร " + level.line(Language.TH, LevelExplanation.Form.PAGE)
                    + " — เอกสารให้เฉพาะตัวเลข", "The level in the document: " + level.line(Language.EN, LevelExplanation.Form.PAGE)
                    + " — the document gives the figures only."));
        }
        Map<String, Object> catalog = rows.one("SELECT status FROM catalog_year WHERE fiscal_year = ?", year);
        if (catalog != null && "provisional".equals(catalog.get("status"))) {
            out.add(new Note("แบบประเมินปี " + year + " ในระบบยังรอเทียบกับประกาศของ ป.ป.ช. ตรวจรหัสข้อและชื่อข้อในเอกสารกับประกาศ",
                    "The FY" + year + " assessment form in the system is still to be checked against the NACC's notice: "
                            + "check the item codes and titles in the document against it."));
        }
        int next = year + 1;
        out.add(new Note("ส่วนที่ 2: ผู้รับผิดชอบและระยะเวลา (ก.พ.–ก.ย. " + next + ") เป็นค่าตั้งต้นจากมาตรการ ปรับให้ตรงกับหน่วยงาน "
                + "และเติมส่วนที่ 3 กับผู้ลงนามในไฟล์ Word", "Part 2: the responsible units and the period (Feb–Sep " + next
                + ") are the measures' defaults: adjust them to the agency, and fill in part 3 and the signature in the Word file."));
        return out;
    }

    /** What to check in the o43 of a plan before it is filed. */
    public static List<Note> o43(List<PlanItem> items, AnalyticsFacts.PlanCatalog catalog) {
        List<Note> out = new ArrayList<>();
        for (PlanItem i : items) {
            PlanDraft d = i.draft();
            List<String> vanished = PlanFlags.vanished(d, catalog.codes());
            if (!vanished.isEmpty()) {
                String codes = String.join(", ", vanished);
                out.add(new Note("“" + d.title() + "”: ไม่มีข้อ " + codes + " ในแบบประเมินปี " + catalog.year()
                        + " รายงาน o43 จึงไม่ระบุข้อเหล่านี้ ทบทวนข้อที่เชื่อมโยงก่อนส่ง", "“" + d.title() + "”: " + codes
                        + " are not in the FY" + catalog.year() + " form, so the o43 does not name them: review the linked items."));
            }
            List<String> notes = DocumentText.notes(d.title() + " " + d.approach() + " " + d.steps() + " " + d.outcome());
            cut(out, d.title(), d.title(), notes, notes);
        }
        return out;
    }

    /** The list as a page section; nothing when there is nothing to check. */
    public static String html(List<Note> notes, Language lang) {
        if (notes.isEmpty()) {
            return "";
        }
        StringBuilder h = new StringBuilder("<section class=\"before-submit\" id=\"before-submit\" aria-labelledby=\"before-submit-title\">"
                + "<h3 id=\"before-submit-title\">").append(lang.pick("ก่อนส่งเอกสาร", "Before you submit")).append("</h3><ul>");
        for (Note n : notes) {
            h.append("<li>").append(escape(lang.pick(n.th(), n.en()))).append("</li>");
        }
        return h.append("</ul></section>").toString();
    }

    /** A remark cut from a measure's or plan item's text goes here, word for word. */
    private static void cut(List<Note> out, String titleTh, String titleEn, List<String> th, List<String> en) {
        for (int k = 0; k < Math.max(th.size(), en.size()); k++) {
            String t = k < th.size() ? th.get(k) : en.get(k);
            String e = k < en.size() ? en.get(k) : t;
            out.add(new Note("“" + titleTh + "”: " + t, "“" + (titleEn.isEmpty() ? titleTh : titleEn) + "”: " + e));
        }
    }

    private static Double dbl(Object v) {
        return v == null ? null : ((Number) v).doubleValue();
    }
}
