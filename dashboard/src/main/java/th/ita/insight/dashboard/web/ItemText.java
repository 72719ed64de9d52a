package th.ita.insight.dashboard.web;

import th.ita.insight.text.Language;

import java.util.Map;

import static th.ita.insight.dashboard.web.Html.escape;

/**
 * How a page shows a catalog item's wording: the text in the page's language, marked wherever the
 * catalog has not confirmed it ({@code text_confirmed} false), and a plain "title not confirmed" where the
 * catalog has no title at all (FY2568 o2, o6, o7: no English and a placeholder Thai). The mark lives
 * here, never inside the catalog's texts, so documents can leave it out (DESIGN §9.5).
 */
public final class ItemText {
    public static final String APPROXIMATE_TH = "ข้อความโดยประมาณ ยังไม่ยืนยันกับคู่มือ ป.ป.ช.";
    public static final String APPROXIMATE_EN = "approximate wording, not yet confirmed against the NACC manual";
    public static final String UNKNOWN_TITLE_TH = "ชื่อรายการยังไม่ยืนยัน";
    public static final String UNKNOWN_TITLE_EN = "title not confirmed";

    private ItemText() {
    }

    /** Escaped text followed by its mark, for a table cell or a heading. Reads text_th, text_en, text_confirmed. */
    public static String html(Map<String, Object> row, Language lang) {
        return html((String) row.get("text_th"), (String) row.get("text_en"), confirmed(row), lang);
    }

    public static String html(String textTh, String textEn, boolean confirmed, Language lang) {
        String mark = mark(textTh, textEn, confirmed, lang);
        String text = text(textTh, textEn, confirmed, lang);
        if (mark == null) {
            return escape(text);
        }
        return (text.isEmpty() ? "" : escape(text) + " ") + "<span class=\"unconfirmed\">(" + escape(mark) + ")</span>";
    }

    /** Text and mark as one plain string, for option lists, chart labels and tooltips. */
    public static String plain(Map<String, Object> row, Language lang) {
        return plain(row, lang, Integer.MAX_VALUE);
    }

    /** As {@link #plain(Map, Language)}, the text cut to {@code maxLength} characters; the mark is never cut. */
    public static String plain(Map<String, Object> row, Language lang, int maxLength) {
        String th = (String) row.get("text_th");
        String en = (String) row.get("text_en");
        String mark = mark(th, en, confirmed(row), lang);
        String text = text(th, en, confirmed(row), lang);
        if (text.length() > maxLength) {
            text = text.substring(0, maxLength - 1) + "…";
        }
        return mark == null ? text : text.isEmpty() ? "(" + mark + ")" : text + " (" + mark + ")";
    }

    /** The wording alone (Thai when there is no English); empty when the catalog has no title. */
    public static String text(String textTh, String textEn, boolean confirmed, Language lang) {
        if (unknownTitle(textEn, confirmed)) {
            return "";
        }
        return lang.pick(str(textTh), textEn == null ? str(textTh) : textEn);
    }

    /** The mark a text needs, or null when the catalog confirms it or has no entry (an indicator, not an item). */
    public static String mark(String textTh, String textEn, boolean confirmed, Language lang) {
        if (confirmed || (textTh == null && textEn == null)) {
            return null;
        }
        return unknownTitle(textEn, confirmed) ? lang.pick(UNKNOWN_TITLE_TH, UNKNOWN_TITLE_EN) : lang.pick(APPROXIMATE_TH, APPROXIMATE_EN);
    }

    /** A missing flag counts as unconfirmed: a page that forgot to select it shows the mark rather than hides it. */
    public static boolean confirmed(Map<String, Object> row) {
        return Boolean.TRUE.equals(row.get("text_confirmed"));
    }

    /** The catalog writes an unknown OIT title as a placeholder with no English (ita-reference: FY2568 o2, o6, o7). */
    private static boolean unknownTitle(String textEn, boolean confirmed) {
        return !confirmed && textEn == null;
    }

    private static String str(Object v) {
        return v == null ? "" : v.toString();
    }
}
