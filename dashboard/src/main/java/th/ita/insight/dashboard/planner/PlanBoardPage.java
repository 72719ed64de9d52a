package th.ita.insight.dashboard.planner;

import io.javalin.http.Context;
import th.ita.insight.dashboard.auth.CurrentUser;
import th.ita.insight.dashboard.auth.UserBar;
import th.ita.insight.dashboard.export.SubmitChecklist;
import th.ita.insight.dashboard.web.AgencyNav;
import th.ita.insight.dashboard.web.Layout;
import th.ita.insight.text.Language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static th.ita.insight.dashboard.web.Html.escape;

/** An agency's plan for the year after the analysed one, as a board: by status (columns) or by theme. */
final class PlanBoardPage {
    /** How the board groups its cards. */
    enum View { STATUS, THEME }

    private record Group(String id, String label, List<PlanItem> items) {
    }

    private PlanBoardPage() {
    }

    static String render(Context ctx, PlanGuard.Request r, int year, View view, List<PlanItem> items,
                         Map<Long, List<PlanNote>> notes, AnalyticsFacts.PlanCatalog catalog, Language lang) {
        String id = r.agencyId();
        String name = (String) r.agency().get("name_th");
        String l = Layout.code(lang);
        String base = "/agency/" + escape(Layout.enc(id)) + "/plan?year=" + year + "&amp;lang=" + l;
        StringBuilder h = Layout.open(name + " — " + lang.pick("แผนปีถัดไป", "plan"), lang, Layout.toggleHref(ctx, lang));
        h.append(UserBar.render(ctx, lang));
        AgencyNav.render(h, id, name, year, lang, AgencyNav.Tab.PLAN);
        h.append("<h2>").append(lang.pick("แผนมาตรการปีงบประมาณ ", "Measures planned for FY")).append(year + 1)
                .append(lang.pick(" (จากผลการประเมินปี ", " (from the FY")).append(year).append(lang.pick(")", " results)")).append("</h2>");
        h.append("<p class=\"plan-views\">").append(view == View.STATUS ? "<strong>" + lang.pick("ตามสถานะ", "By status") + "</strong>"
                        : "<a id=\"view-status\" href=\"" + base + "&amp;view=status\">" + lang.pick("ตามสถานะ", "By status") + "</a>")
                .append(" · ").append(view == View.THEME ? "<strong>" + lang.pick("ตามประเด็น", "By theme") + "</strong>"
                        : "<a id=\"view-theme\" href=\"" + base + "&amp;view=theme\">" + lang.pick("ตามประเด็น", "By theme") + "</a>")
                .append(" · ").append(lang.pick("รายงาน o43: ", "o43 report: "));
        String o43 = "/agency/" + escape(Layout.enc(id)) + "/o43.";
        h.append("<a id=\"o43-docx\" href=\"").append(o43).append("docx?year=").append(year).append("&amp;lang=").append(l)
                .append("\">Word</a> · <a id=\"o43-pdf\" href=\"").append(o43).append("pdf?year=").append(year).append("&amp;lang=")
                .append(l).append("\">PDF</a> (").append(lang.pick("แยกตามเครื่องมือ", "by tool")).append("; <a href=\"").append(o43)
                .append("docx?year=").append(year).append("&amp;group=indicator&amp;lang=").append(l).append("\">")
                .append(lang.pick("ตามตัวชี้วัด", "by indicator")).append("</a>)</p>");
        h.append(SubmitChecklist.html(SubmitChecklist.o43(items, catalog), lang));
        if (r.canEdit()) {
            h.append("<form method=\"post\" action=\"/agency/").append(escape(Layout.enc(id))).append("/plan/items?lang=").append(l)
                    .append("\" class=\"inline\" id=\"add-free\"><input type=\"hidden\" name=\"csrf\" value=\"")
                    .append(escape(CurrentUser.csrf(ctx))).append("\"><input type=\"hidden\" name=\"year\" value=\"").append(year)
                    .append("\"><label>").append(lang.pick("มาตรการอื่นของหน่วยงาน ", "A measure of your own "))
                    .append("<input name=\"title\" id=\"free-title\" required maxlength=\"500\"></label> <button type=\"submit\">")
                    .append(lang.pick("เพิ่มในแผน", "Add to the plan")).append("</button></form>");
        }
        if (items.isEmpty()) {
            h.append("<p class=\"empty\" id=\"empty\">").append(lang.pick("ยังไม่มีมาตรการในแผน เพิ่มได้จากหน้า ",
                    "No measures planned yet. Add them from the ")).append("<a href=\"/agency/").append(escape(Layout.enc(id)))
                    .append("/weak-points?year=").append(year).append("&amp;lang=").append(l).append("\">")
                    .append(lang.pick("จุดอ่อนและมาตรการ", "weak points page")).append("</a></p>");
            return Layout.close(h, false);
        }
        List<Group> groups = new ArrayList<>();
        if (view == View.STATUS) {
            for (PlanStatus s : PlanStatus.values()) {
                groups.add(new Group(s.code(), lang.pick(s.th, s.en),
                        items.stream().filter(i -> i.draft().status() == s).toList()));
            }
        } else {
            Map<String, List<PlanItem>> byTheme = new LinkedHashMap<>();
            for (PlanItem i : items) {
                String theme = i.themeTh() == null ? lang.pick("มาตรการอื่นของหน่วยงาน", "The agency's own measures")
                        : lang.pick(i.themeTh(), i.themeEn() == null ? i.themeTh() : i.themeEn());
                byTheme.computeIfAbsent(theme, k -> new ArrayList<>()).add(i);
            }
            byTheme.forEach((theme, list) -> groups.add(new Group("theme-" + (groups.size() + 1), theme, list)));
        }
        h.append("<div class=\"board ").append(view.name().toLowerCase(Locale.ROOT)).append("\" id=\"board\">");
        for (Group g : groups) {
            h.append("<section class=\"plan-column\" id=\"col-").append(escape(g.id())).append("\"><h3>")
                    .append(escape(g.label())).append(" (").append(g.items().size()).append(")</h3>");
            for (PlanItem i : g.items()) {
                card(h, i, notes.getOrDefault(i.id(), List.of()), catalog, lang, l);
            }
            h.append("</section>");
        }
        h.append("</div>");
        return Layout.close(h, false);
    }

    private static void card(StringBuilder h, PlanItem i, List<PlanNote> notes, AnalyticsFacts.PlanCatalog catalog,
                             Language lang, String l) {
        PlanDraft d = i.draft();
        h.append("<article class=\"plan-item\" id=\"plan-").append(i.id()).append("\"><h4><a href=\"/agency/")
                .append(escape(Layout.enc(i.agencyId()))).append("/plan/items/").append(i.id()).append("?lang=").append(l).append("\">")
                .append(escape(d.title())).append("</a></h4>");
        if (!d.questions().isEmpty()) {
            h.append("<p>").append(lang.pick("ข้อที่เชื่อมโยง: ", "Linked items: ")).append(escape(String.join(", ", d.questions()))).append("</p>");
        }
        List<String> vanished = PlanFlags.vanished(d, catalog.codes());
        if (!vanished.isEmpty()) {
            h.append("<p class=\"flag\" id=\"flag-").append(i.id()).append("\">⚠ ").append(escape(lang.pick(
                    "ไม่มีข้อ " + String.join(", ", vanished) + " ในแบบประเมินปี " + catalog.year() + " แล้ว: ทบทวนมาตรการนี้",
                    "Item(s) " + String.join(", ", vanished) + " no longer exist in the FY" + catalog.year() + " catalog: review this measure")))
                    .append("</p>");
        }
        h.append("<p class=\"meta\">").append(escape(ThaiDates.period(d.start(), d.end(), lang)));
        if (!d.responsible().isEmpty()) {
            h.append(" · ").append(escape(d.responsible()));
        }
        if (d.targetScore() != null) {
            h.append(" · ").append(lang.pick("เป้าหมาย ", "target ")).append(String.format(Locale.ROOT, "%.2f", d.targetScore()));
        }
        h.append("</p>");
        if (!notes.isEmpty()) {
            PlanNote last = notes.get(notes.size() - 1);
            h.append("<p class=\"note\">").append(escape(ThaiDates.date(last.notedOn(), lang))).append(": ").append(escape(last.text())).append("</p>");
        }
        h.append("</article>");
    }
}
