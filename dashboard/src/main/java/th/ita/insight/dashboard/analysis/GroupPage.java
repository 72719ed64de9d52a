package th.ita.insight.dashboard.analysis;

import th.ita.insight.dashboard.web.Cells;
import th.ita.insight.dashboard.web.GroupNames;
import th.ita.insight.dashboard.web.ItemText;
import th.ita.insight.dashboard.web.Layout;
import th.ita.insight.text.Language;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static th.ita.insight.dashboard.web.Cells.num;
import static th.ita.insight.dashboard.web.Cells.str;
import static th.ita.insight.dashboard.web.Html.escape;

/**
 * The overseer's view of a peer group in a year: how its totals are distributed (the chosen agency
 * marked), every agency with its rank and weak-item count (sortable, searchable), the questions weak
 * in most of its agencies and the agencies weak on a chosen question.
 */
final class GroupPage {
    private GroupPage() {
    }

    static String render(GroupPageData d, Language lang, String toggleHref) {
        String l = Layout.code(lang);
        String title = GroupNames.of(d.group(), d.key(), lang);
        StringBuilder h = Layout.open(title, lang, toggleHref);
        h.append("<h2>").append(escape(title)).append(lang.pick(" ปีงบประมาณ ", ", FY")).append(d.year()).append("</h2>");
        String keep = (d.markedAgency() == null ? "" : "&amp;agency=" + escape(Layout.enc(d.markedAgency())))
                + (d.question() == null ? "" : "&amp;question=" + escape(d.question()));
        Cells.yearPicker(h, d.years(), d.year(), lang, keep);
        h.append(th.ita.insight.dashboard.export.ExportLinks.group(d.group(), d.key(), d.year(), lang));
        h.append("<p><a id=\"group-trends\" href=\"/trends?peer=").append(escape(Layout.enc(d.group() + "/" + d.key())))
                .append("&amp;level=indicator&amp;lang=").append(l).append("\">")
                .append(lang.pick("แนวโน้มค่ามัธยฐานของกลุ่มนี้ →", "This group's median trends →")).append("</a></p>");
        if (d.stats() == null || d.agencies().isEmpty()) {
            h.append("<p class=\"empty\" id=\"empty\">").append(lang.pick("ไม่มีคะแนนรวมของกลุ่มนี้ในปีนี้",
                    "No totals for this group in this year")).append("</p>");
            return Layout.close(h, false);
        }
        kpis(h, d, lang);
        histogram(h, d, lang);
        agencies(h, d, lang);
        weakQuestions(h, d, lang);
        weakOn(h, d, lang);
        return Layout.close(h, true, "agencies.js", "sortable.js", "group.js");
    }

    private static void kpis(StringBuilder h, GroupPageData d, Language lang) {
        long pass = d.agencies().stream().filter(a -> ((Number) a.get("total")).doubleValue() >= 85).count();
        h.append("<section class=\"kpis\"><div class=\"kpi\"><span>").append(lang.pick("จำนวนหน่วยงาน", "Agencies"))
                .append("</span><strong id=\"kpi-n\">").append(d.stats().get("n")).append("</strong></div><div class=\"kpi\"><span>")
                .append(lang.pick("ค่ามัธยฐานคะแนนรวม", "Median total")).append("</span><strong id=\"kpi-median\">")
                .append(num(d.stats().get("p50"))).append("</strong><em>p25 ").append(num(d.stats().get("p25"))).append(" · p75 ")
                .append(num(d.stats().get("p75"))).append("</em></div><div class=\"kpi\"><span>")
                .append(lang.pick("ได้ 85 ขึ้นไป", "85 or more")).append("</span><strong id=\"kpi-pass\">").append(pass).append("/")
                .append(d.agencies().size()).append("</strong></div>");
        d.agencies().stream().filter(a -> a.get("agency_id").equals(d.markedAgency())).findFirst().ifPresent(a ->
                h.append("<div class=\"kpi\"><span>").append(escape(str(a.get("name_th")))).append("</span><strong id=\"kpi-marked\">")
                        .append(lang.pick("อันดับ ", "rank ")).append(a.get("rank")).append("/").append(a.get("n"))
                        .append("</strong><em>").append(num(a.get("total"))).append("</em></div>"));
        h.append("</section>");
    }

    private static void histogram(StringBuilder h, GroupPageData d, Language lang) {
        Histogram hist = Histogram.of(d.agencies().stream().map(a -> ((Number) a.get("total")).doubleValue()).toList(),
                d.markedTotal());
        List<Map<String, Object>> bins = hist.bins().stream().map(b -> Map.<String, Object>of("label", b.label(),
                "count", b.count(), "marked", b.marked())).toList();
        h.append("<div id=\"histogram\" class=\"chart\" role=\"img\" aria-label=\"" + lang.pick("กราฟการกระจายคะแนนรวม (ตัวเลขอยู่ในตาราง)", "Histogram of the totals (figures in the table)") + "\" aria-describedby=\"histogram-table\" data-title=\"")
                .append(escape(lang.pick("การกระจายของคะแนนรวม", "Distribution of totals"))).append("\" data-bins=\"")
                .append(escape(Cells.json(bins))).append("\"></div><details><summary>")
                .append(lang.pick("ตารางข้อมูลของกราฟ", "The chart's data as a table")).append("</summary><table id=\"histogram-table\">")
                .append("<thead><tr><th>").append(lang.pick("ช่วงคะแนนรวม", "Total range")).append("</th><th class=\"num\">")
                .append(lang.pick("จำนวนหน่วยงาน", "Agencies")).append("</th></tr></thead><tbody>");
        for (Histogram.Bin b : hist.bins()) {
            h.append("<tr").append(b.marked() ? " class=\"marked\"" : "").append("><td>").append(b.label()).append("</td><td class=\"num\">")
                    .append(b.count()).append("</td></tr>");
        }
        h.append("</tbody></table></details>");
    }

    private static void agencies(StringBuilder h, GroupPageData d, Language lang) {
        String l = Layout.code(lang);
        h.append("<h3>").append(lang.pick("หน่วยงานในกลุ่ม", "Agencies in the group")).append("</h3><label for=\"search\">")
                .append(lang.pick("ค้นหาหน่วยงาน", "Search agency")).append("</label> ")
                .append("<input id=\"search\" type=\"search\" autocomplete=\"off\"><table id=\"agencies\" data-sortable><thead><tr>")
                .append("<th class=\"num\" data-type=\"number\">").append(lang.pick("อันดับ", "Rank")).append("</th><th>")
                .append(lang.pick("หน่วยงาน", "Agency")).append("</th><th>").append(lang.pick("ประเภท", "Type")).append("</th><th>")
                .append(lang.pick("จังหวัด", "Province")).append("</th><th class=\"num\" data-type=\"number\">")
                .append(lang.pick("คะแนนรวม", "Total")).append("</th><th>").append(lang.pick("ระดับ", "Level"))
                .append("</th><th class=\"num\" data-type=\"number\">").append(lang.pick("ข้อที่อ่อน", "Weak items"))
                .append("</th></tr></thead><tbody>");
        for (Map<String, Object> a : d.agencies()) {
            String level = a.get("grade_th") == null ? str(a.get("published_label")) : lang.pick(str(a.get("grade_th")), str(a.get("grade_en")));
            h.append("<tr").append(a.get("agency_id").equals(d.markedAgency()) ? " class=\"marked\"" : "")
                    .append("><td class=\"num\">").append(a.get("rank")).append("</td><td><a href=\"/agency/")
                    .append(escape(Layout.enc(str(a.get("agency_id"))))).append("?year=").append(d.year()).append("&amp;lang=").append(l)
                    .append("\">").append(escape(str(a.get("name_th")))).append("</a></td><td>").append(escape(str(a.get("agency_type"))))
                    .append("</td><td>").append(escape(a.get("province") == null ? "–" : str(a.get("province"))))
                    .append("</td><td class=\"num total\">").append(num(a.get("total"))).append("</td><td>").append(escape(level))
                    .append("</td><td class=\"num\">").append(a.get("weak") == null ? "–" : a.get("weak")).append("</td></tr>");
        }
        h.append("</tbody></table><p id=\"no-match\" hidden>").append(lang.pick("ไม่พบหน่วยงานที่ตรงกับคำค้น", "No agency matches"))
                .append("</p>");
    }

    private static void weakQuestions(StringBuilder h, GroupPageData d, Language lang) {
        h.append("<h3>").append(lang.pick("ข้อที่อ่อนในหน่วยงานส่วนใหญ่ของกลุ่ม", "Questions weak in most of the group"))
                .append("</h3><table id=\"weak-questions\" data-sortable><thead><tr><th>").append(lang.pick("ข้อ", "Item"))
                .append("</th><th>").append(lang.pick("ข้อคำถาม", "Question")).append("</th><th class=\"num\" data-type=\"number\">")
                .append(lang.pick("หน่วยงานที่อ่อน", "Weak in")).append("</th><th class=\"num\" data-type=\"number\">%</th></tr></thead><tbody>");
        for (Map<String, Object> w : d.weakQuestions().subList(0, Math.min(15, d.weakQuestions().size()))) {
            h.append("<tr><td><a href=\"?year=").append(d.year()).append("&amp;question=").append(escape(str(w.get("key"))))
                    .append(d.markedAgency() == null ? "" : "&amp;agency=" + escape(Layout.enc(d.markedAgency())))
                    .append("&amp;lang=").append(Layout.code(lang)).append("#weak-on\">").append(escape(str(w.get("key"))))
                    .append("</a></td><td>").append(ItemText.html(w, lang)).append("</td><td class=\"num\">").append(w.get("n_weak"))
                    .append("/").append(w.get("n_agencies")).append("</td><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%.1f", ((Number) w.get("share")).doubleValue())).append("</td></tr>");
        }
        h.append("</tbody></table>");
    }

    private static void weakOn(StringBuilder h, GroupPageData d, Language lang) {
        h.append("<h3 id=\"weak-on\">").append(lang.pick("หน่วยงานที่อ่อนในข้อที่เลือก", "Agencies weak on a chosen question"))
                .append("</h3><form method=\"get\" class=\"filters\" action=\"#weak-on\"><input type=\"hidden\" name=\"year\" value=\"")
                .append(d.year()).append("\"><input type=\"hidden\" name=\"lang\" value=\"").append(Layout.code(lang)).append("\">");
        if (d.markedAgency() != null) {
            h.append("<input type=\"hidden\" name=\"agency\" value=\"").append(escape(d.markedAgency())).append("\">");
        }
        h.append("<label>").append(lang.pick("ข้อ ", "Question ")).append("<select name=\"question\" id=\"question\">");
        for (Map<String, Object> w : d.weakQuestions()) {
            String k = str(w.get("key"));
            h.append("<option value=\"").append(escape(k)).append('"').append(k.equals(d.question()) ? " selected" : "").append('>')
                    .append(escape(k + " " + ItemText.plain(w, lang, 70))).append("</option>");
        }
        h.append("</select></label><button type=\"submit\">").append(lang.pick("แสดง", "Show")).append("</button></form>");
        if (d.question() == null) {
            return;
        }
        if (d.weakOn().isEmpty()) {
            h.append("<p class=\"empty\" id=\"weak-on-empty\">").append(lang.pick("ไม่มีหน่วยงานในกลุ่มที่อ่อนในข้อ ",
                    "No agency of the group is weak on ")).append(escape(d.question())).append("</p>");
            return;
        }
        h.append("<table id=\"weak-on-table\" data-sortable><thead><tr><th>").append(lang.pick("หน่วยงาน", "Agency"))
                .append("</th><th class=\"num\" data-type=\"number\">").append(lang.pick("คะแนน", "Score"))
                .append("</th><th class=\"num\" data-type=\"number\">").append(lang.pick("มัธยฐานกลุ่มประเภท", "Type median"))
                .append("</th><th>").append(lang.pick("เหตุผล", "Why")).append("</th></tr></thead><tbody>");
        for (Map<String, Object> w : d.weakOn()) {
            h.append("<tr class=\"sev-").append(escape(str(w.get("severity")))).append("\"><td><a href=\"/agency/")
                    .append(escape(Layout.enc(str(w.get("agency_id"))))).append("/questions?year=").append(d.year()).append("&amp;q=")
                    .append(escape(d.question())).append("&amp;lang=").append(Layout.code(lang)).append("\">")
                    .append(escape(str(w.get("name_th")))).append("</a></td><td class=\"num\">").append(num(w.get("score")))
                    .append("</td><td class=\"num\">").append(num(w.get("peer_median"))).append("</td><td>")
                    .append(escape(lang.pick(str(w.get("reason_th")), str(w.get("reason_en"))))).append("</td></tr>");
        }
        h.append("</tbody></table>").append(th.ita.insight.dashboard.export.TableCsv.link("/group/" + Layout.enc(d.group()) + "/" + Layout.enc(d.key())
                + "/weak-on.csv?year=" + d.year() + "&question=" + d.question() + "&lang=" + Layout.code(lang), "export-weak-on-csv", lang));
    }
}
