package th.ita.insight.dashboard.agency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import th.ita.insight.catalog.GradeBand;
import th.ita.insight.scoring.LevelExplanation;
import th.ita.insight.text.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static th.ita.insight.dashboard.web.Html.escape;

/**
 * Renders the agencies page: every agency with its latest total and grade (with why it is that level), and
 * the grade distribution.
 */
final class AgencyListPage {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AgencyListPage() {
    }

    static String render(List<AgencyLatest> agencies, Map<Integer, List<GradeBand>> bands, String[] run, Language lang,
                         String toggleHref) {
        StringBuilder h = th.ita.insight.dashboard.web.Layout.open(lang.pick("ผลการประเมินของหน่วยงาน", "agency results"), lang, toggleHref);
        h.append("<h2>").append(lang.pick("ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ล่าสุดของแต่ละหน่วยงาน",
                        "Latest Integrity and Transparency Assessment (ITA) result of each agency")).append("</h2>")
                .append("<p class=\"run\">").append(lang.pick("ข้อมูลจากการประมวลผลรอบ ", "Data of run "))
                .append(escape(run[0])).append(lang.pick(" เมื่อ ", " finished ")).append(escape(run[1]))
                .append(" UTC · ").append(agencies.size()).append(lang.pick(" หน่วยงาน", " agencies")).append("</p>");
        h.append(th.ita.insight.dashboard.export.ExportLinks.agencies(lang));
        if (agencies.isEmpty()) {
            h.append("<p class=\"empty\" id=\"empty\">").append(lang.pick("ยังไม่มีข้อมูลหน่วยงาน นำเข้าข้อมูลด้วย ./ita run",
                    "No agencies yet: load data with ./ita run")).append("</p></main></body></html>");
            return h.toString();
        }
        h.append("<section aria-label=\"").append(lang.pick("จำนวนหน่วยงานตามระดับผลการประเมิน", "Agencies by grade"))
                .append("\"><div id=\"grade-chart\" class=\"chart\" data-title=\"")
                .append(escape(lang.pick("จำนวนหน่วยงานตามระดับผลการประเมิน ปีงบประมาณ ", "Agencies by grade, fiscal year ")
                        + latestYear(agencies)))
                .append("\" data-chart=\"").append(escape(chartJson(gradeCounts(agencies, lang)))).append("\"></div>");
        countsTable(h, gradeCounts(agencies, lang), lang);
        h.append("</section>");
        h.append("<label for=\"search\">").append(lang.pick("ค้นหาหน่วยงาน จังหวัด หรือรหัส", "Search agency, province or id"))
                .append("</label> <input id=\"search\" type=\"search\" autocomplete=\"off\">")
                .append("<table id=\"agencies\" data-sortable><thead><tr><th>").append(lang.pick("หน่วยงาน", "Agency"))
                .append("</th><th>").append(lang.pick("ประเภท", "Type")).append("</th><th>")
                .append(lang.pick("จังหวัด", "Province")).append("</th><th>").append(lang.pick("ปีงบประมาณ", "Fiscal year (BE)"))
                .append("</th><th class=\"num\" data-type=\"number\">").append(lang.pick("คะแนนรวม", "Total")).append("</th><th>")
                .append(lang.pick("ระดับ", "Grade")).append("</th></tr></thead><tbody>");
        List<LevelExplanation> explained = new ArrayList<>();
        for (AgencyLatest a : agencies) {
            LevelExplanation level = a.fiscalYear() == null ? null : GradeBandRepository.explain(bands.get(a.fiscalYear()),
                    a.grade(), a.total(), a.iit(), a.eit(), a.oit()).orElse(null);
            explained.add(level);
            h.append("<tr data-agency=\"").append(escape(a.agencyId())).append("\" data-origin=\"")
                    .append(escape(a.origin() == null ? "" : a.origin())).append("\"><td><a href=\"/agency/")
                    .append(java.net.URLEncoder.encode(a.agencyId(), java.nio.charset.StandardCharsets.UTF_8))
                    .append(lang == Language.EN ? "?lang=en" : "").append("\">").append(escape(a.nameTh())).append("</a>")
                    .append("<div class=\"id\">").append(escape(a.agencyId())).append("</div></td><td>")
                    .append(escape(a.agencyType())).append("</td><td>").append(escape(a.province() == null ? "–" : a.province()))
                    .append("</td><td>").append(a.fiscalYear() == null ? "–" : a.fiscalYear()).append("</td><td class=\"num total\">")
                    .append(a.total() == null ? "–" : String.format(Locale.ROOT, "%.2f", a.total())).append("</td><td class=\"grade\">")
                    .append(gradeCell(a, lang)).append(level == null ? "" : LevelExplanationHtml.cell(level, lang))
                    .append("</td></tr>");
        }
        h.append("</tbody></table><p id=\"no-match\" hidden>").append(lang.pick("ไม่พบหน่วยงานที่ตรงกับคำค้น", "No agency matches"))
                .append("</p>").append(LevelExplanationHtml.note(explained, lang));
        return th.ita.insight.dashboard.web.Layout.close(h, true, "agencies.js", "sortable.js");
    }

    /** The official level; the printed one beside it when they differ, or alone where no bands exist. */
    private static String gradeCell(AgencyLatest a, Language lang) {
        String official = a.grade() == null ? null : lang.pick(a.gradeTh(), a.gradeEn());
        String printed = a.publishedLabel();
        if (official == null) {
            return printed == null ? "–" : escape(printed) + " <span class=\"printed\">"
                    + lang.pick("(ตามที่เผยแพร่)", "(as printed)") + "</span>";
        }
        if (printed == null || printed.equals(official) || printed.equals(a.grade())) {
            return escape(official);
        }
        return escape(official) + " <span class=\"printed\">" + lang.pick("(เผยแพร่ว่า ", "(printed ") + escape(printed)
                + ")</span>";
    }

    private static int latestYear(List<AgencyLatest> agencies) {
        return agencies.stream().filter(a -> a.fiscalYear() != null).mapToInt(AgencyLatest::fiscalYear).max().orElse(0);
    }

    /**
     * Grade label → number of agencies in the latest fiscal year, in the order the grades rank. One year
     * only: levels of different frameworks (AA–F, ผ่าน …) do not belong on one axis.
     */
    /** Agencies per official level in the latest year, best level first: the chart's data and its table's. */
    private static Map<String, Long> gradeCounts(List<AgencyLatest> agencies, Language lang) {
        Map<String, Long> counts = new TreeMap<>();
        Map<String, String> labels = new TreeMap<>();
        int year = latestYear(agencies);
        for (AgencyLatest a : agencies) {
            if (a.grade() != null && a.fiscalYear() == year) {
                String key = rank(a.grade()) + a.grade();
                counts.merge(key, 1L, Long::sum);
                labels.put(key, lang.pick(a.gradeTh(), a.gradeEn()));
            }
        }
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        counts.forEach((k, n) -> out.put(labels.get(k), n));
        return out;
    }

    private static String chartJson(Map<String, Long> counts) {
        try {
            return JSON.writeValueAsString(Map.of("labels", counts.keySet(), "counts", counts.values()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void countsTable(StringBuilder h, Map<String, Long> counts, Language lang) {
        h.append("<details><summary>").append(lang.pick("ตารางข้อมูลของกราฟ", "The chart's data as a table"))
                .append("</summary><table id=\"grade-table\"><thead><tr><th>").append(lang.pick("ระดับ", "Level"))
                .append("</th><th class=\"num\">").append(lang.pick("จำนวนหน่วยงาน", "Agencies")).append("</th></tr></thead><tbody>");
        counts.forEach((label, n) -> h.append("<tr><td>").append(escape(label)).append("</td><td class=\"num\">").append(n)
                .append("</td></tr>"));
        h.append("</tbody></table></details>");
    }

    private static String rank(String grade) {
        return switch (grade) {
            case "AA", "EXCELLENT" -> "0";
            case "A", "GOOD" -> "1";
            case "B", "PASS_OR_BETTER" -> "2";
            case "PASS" -> "3";
            case "C", "IMPROVE" -> "4";
            case "D", "URGENT" -> "5";
            case "E" -> "6";
            default -> "7";
        };
    }
}
