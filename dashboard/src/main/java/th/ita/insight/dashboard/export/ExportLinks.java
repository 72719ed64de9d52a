package th.ita.insight.dashboard.export;

import th.ita.insight.text.Language;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static th.ita.insight.dashboard.web.Html.escape;

/** The download links a page offers, for the same agency, group, year and language it shows. */
public final class ExportLinks {
    private ExportLinks() {
    }

    /** On the weak-points page: the o42 as Word and PDF, the weak items as CSV. */
    public static String weakPoints(String agencyId, int year, Language lang) {
        String base = "/agency/" + enc(agencyId) + "/";
        String q = "?year=" + year + "&lang=" + code(lang);
        return bar(lang, link(base + "o42.docx" + q, lang.pick("รายงาน o42 (Word)", "o42 report (Word)"), "export-o42-docx")
                + link(base + "o42.pdf" + q, lang.pick("รายงาน o42 (PDF)", "o42 report (PDF)"), "export-o42-pdf")
                + link(base + "o42.docx" + q + "&digits=thai", lang.pick("Word เลขไทย", "Word, Thai digits"), "export-o42-thai")
                + link(base + "weak-items.csv" + q, lang.pick("ข้อที่อ่อน (CSV)", "weak items (CSV)"), "export-weak-csv"));
    }

    /** On a peer group's page: the overseer's workbook and the page's two tables as CSV. */
    public static String group(String group, String key, int year, Language lang) {
        String base = "/group/" + enc(group) + "/" + enc(key) + "/";
        String q = "?year=" + year + "&lang=" + code(lang);
        return bar(lang, link(base + "export.xlsx" + q, lang.pick("สมุดงาน Excel ของกลุ่ม", "group workbook (Excel)"), "export-xlsx")
                + link(base + "agencies.csv" + q, lang.pick("หน่วยงาน (CSV)", "agencies (CSV)"), "export-agencies-csv")
                + link(base + "weak-questions.csv" + q, lang.pick("ข้อที่อ่อนในกลุ่ม (CSV)", "weak questions (CSV)"),
                "export-weak-questions-csv"));
    }

    /** On the agencies list. */
    public static String agencies(Language lang) {
        return bar(lang, link("/agencies.csv?lang=" + code(lang), lang.pick("รายชื่อหน่วยงาน (CSV)", "agencies (CSV)"),
                "export-agencies-csv"));
    }

    private static String bar(Language lang, String links) {
        return "<p class=\"exports\"><span>" + lang.pick("ดาวน์โหลด", "Download") + ":</span> " + links + "</p>";
    }

    private static String link(String href, String label, String id) {
        return "<a id=\"" + id + "\" href=\"" + escape(href) + "\" download>" + escape(label) + "</a> ";
    }

    private static String code(Language lang) {
        return lang == Language.TH ? "th" : "en";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
