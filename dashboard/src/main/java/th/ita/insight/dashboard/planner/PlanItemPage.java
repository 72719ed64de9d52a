package th.ita.insight.dashboard.planner;

import io.javalin.http.Context;
import th.ita.insight.dashboard.auth.CurrentUser;
import th.ita.insight.dashboard.auth.UserBar;
import th.ita.insight.dashboard.web.AgencyNav;
import th.ita.insight.dashboard.web.Layout;
import th.ita.insight.text.Language;

import java.util.List;
import java.util.Locale;

import static th.ita.insight.dashboard.web.Html.escape;

/** One plan item: its form (read-only for those who may not edit), its progress notes and evidence links. */
final class PlanItemPage {
    private PlanItemPage() {
    }

    static String render(Context ctx, PlanGuard.Request r, PlanItem item, List<PlanNote> notes,
                         AnalyticsFacts.PlanCatalog catalog, Language lang) {
        PlanDraft d = item.draft();
        String l = Layout.code(lang);
        String name = (String) r.agency().get("name_th");
        String path = "/agency/" + escape(Layout.enc(r.agencyId())) + "/plan/items/" + item.id();
        StringBuilder h = Layout.open(d.title() + " — " + name, lang, Layout.toggleHref(ctx, lang));
        h.append(UserBar.render(ctx, lang));
        AgencyNav.render(h, r.agencyId(), name, item.baseYear(), lang, AgencyNav.Tab.PLAN);
        h.append("<h2 id=\"item-title\">").append(escape(d.title())).append("</h2><p class=\"meta\">")
                .append(lang.pick("แผนปีงบประมาณ ", "Plan for FY")).append(item.planYear()).append(" · ")
                .append(escape(lang.pick(d.status().th, d.status().en))).append(" · ")
                .append(lang.pick("แก้ไขล่าสุดโดย ", "last saved by ")).append(escape(item.updatedBy())).append("</p>");
        List<String> vanished = PlanFlags.vanished(d, catalog.codes());
        if (!vanished.isEmpty()) {
            h.append("<p class=\"flag\" id=\"flag\">⚠ ").append(escape(lang.pick("ไม่มีข้อ " + String.join(", ", vanished)
                    + " ในแบบประเมินปี " + catalog.year() + " แล้ว", "Item(s) " + String.join(", ", vanished)
                    + " no longer exist in the FY" + catalog.year() + " catalog"))).append("</p>");
        }
        String csrf = escape(CurrentUser.csrf(ctx));
        String disabled = r.canEdit() ? "" : " disabled";
        h.append("<form method=\"post\" action=\"").append(path).append("?lang=").append(l).append("\" class=\"stack\" id=\"plan-form\">")
                .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(csrf).append("\">")
                .append("<input type=\"hidden\" name=\"version\" value=\"").append(item.version()).append("\">")
                .append(field(lang.pick("มาตรการ", "Measure"), "title", d.title(), disabled))
                .append(field(lang.pick("ข้อคำถาม/ข้อ OIT ที่เชื่อมโยง (เช่น i7, e12, o33)", "Linked questions/OIT items (i7, e12, o33)"),
                        "questions", String.join(", ", d.questions()), disabled))
                .append(area(lang.pick("วิธีดำเนินการ", "Approach"), "approach", d.approach(), disabled))
                .append(field(lang.pick("ผู้รับผิดชอบ", "Responsible unit"), "responsible", d.responsible(), disabled))
                .append(area(lang.pick("ขั้นตอน", "Steps"), "steps", d.steps(), disabled))
                .append(date(lang.pick("เริ่ม", "Start"), "start", d.start(), disabled, lang))
                .append(date(lang.pick("สิ้นสุด", "End"), "end", d.end(), disabled, lang))
                .append(field(lang.pick("คะแนนเป้าหมาย (0–100)", "Target score (0–100)"), "target",
                        d.targetScore() == null ? "" : String.format(Locale.ROOT, "%.2f", d.targetScore()), disabled))
                .append("<label>").append(lang.pick("สถานะ", "Status")).append(" <select name=\"status\" id=\"status\"").append(disabled).append(">");
        for (PlanStatus s : PlanStatus.values()) {
            h.append("<option value=\"").append(s.code()).append("\"").append(s == d.status() ? " selected" : "").append(">")
                    .append(escape(lang.pick(s.th, s.en))).append("</option>");
        }
        h.append("</select></label>")
                .append(area(lang.pick("ผลลัพธ์/ความสำเร็จ", "Outcome"), "outcome", d.outcome(), disabled))
                .append(area(lang.pick("ลิงก์หลักฐาน (บรรทัดละหนึ่งลิงก์ http/https)", "Evidence links (one http/https link a line)"),
                        "evidence", String.join("\n", d.evidence()), disabled));
        if (r.canEdit()) {
            h.append("<button type=\"submit\" id=\"save\">").append(lang.pick("บันทึก", "Save")).append("</button>");
        }
        h.append("</form>");
        if (!d.evidence().isEmpty()) {
            h.append("<h3>").append(lang.pick("หลักฐาน", "Evidence")).append("</h3><ul id=\"evidence\">");
            for (String link : d.evidence()) {
                // Validated as http(s) when saved; rel keeps the opened page from reaching back into this one.
                h.append("<li><a rel=\"noopener noreferrer\" href=\"").append(escape(link)).append("\">").append(escape(link)).append("</a></li>");
            }
            h.append("</ul>");
        }
        h.append("<h3>").append(lang.pick("บันทึกความก้าวหน้า", "Progress notes")).append("</h3><ul id=\"notes\">");
        for (PlanNote n : notes) {
            h.append("<li><strong>").append(escape(ThaiDates.date(n.notedOn(), lang))).append("</strong> ").append(escape(n.text()))
                    .append(" <span class=\"meta\">(").append(escape(n.author())).append(")</span></li>");
        }
        h.append("</ul>");
        if (r.canEdit()) {
            h.append("<form method=\"post\" action=\"").append(path).append("/notes?lang=").append(l).append("\" class=\"stack\" id=\"note-form\">")
                    .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(csrf).append("\">")
                    .append("<label>").append(lang.pick("วันที่", "Date")).append(" <input type=\"date\" name=\"noted_on\" id=\"noted_on\" required value=\"")
                    .append(java.time.LocalDate.now()).append("\"></label>")
                    .append(area(lang.pick("ความก้าวหน้า", "Progress"), "text", "", ""))
                    .append("<button type=\"submit\" id=\"add-note\">").append(lang.pick("เพิ่มบันทึก", "Add the note")).append("</button></form>");
        }
        return Layout.close(h, false);
    }

    private static String field(String label, String name, String value, String disabled) {
        return "<label>" + escape(label) + " <input name=\"" + name + "\" id=\"" + name + "\" value=\"" + escape(value) + "\"" + disabled + "></label>";
    }

    private static String area(String label, String name, String value, String disabled) {
        return "<label>" + escape(label) + " <textarea name=\"" + name + "\" id=\"" + name + "\" rows=\"3\"" + disabled + ">"
                + escape(value) + "</textarea></label>";
    }

    /** A date picker (CE inside the browser) with the BE date written beside it, as Thai readers expect. */
    private static String date(String label, String name, java.time.LocalDate value, String disabled, Language lang) {
        return "<label>" + escape(label) + " <input type=\"date\" name=\"" + name + "\" id=\"" + name + "\" value=\""
                + (value == null ? "" : value) + "\"" + disabled + "> <span class=\"meta\">" + escape(ThaiDates.date(value, lang))
                + "</span></label>";
    }
}
