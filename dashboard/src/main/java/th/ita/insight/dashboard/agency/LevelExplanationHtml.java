package th.ita.insight.dashboard.agency;

import th.ita.insight.scoring.LevelExplanation;
import th.ita.insight.text.Language;

import java.util.Collection;
import java.util.Objects;

import static th.ita.insight.dashboard.web.Html.escape;

/**
 * Writes why a level is what it is as HTML: a line under a page's one level, or a compact line under
 * each level of a table, whose single-source caveat is said once under the table instead of in
 * every row. Plain text in the cell, so a screen reader reads it with the level (a title attribute alone
 * would be read by few and shown to no keyboard or touch user).
 */
final class LevelExplanationHtml {
    static final String NOTE_ID = "level-note";

    private LevelExplanationHtml() {
    }

    /**
     * The page line under the level it explains, with its caveat: "ไม่ถึงผ่านดีเยี่ยมเพราะ EIT 91.47 < 95
     * (เกณฑ์ …)". The level itself is printed just above, so it is not repeated.
     */
    static String underLevel(LevelExplanation e, Language lang, String id) {
        String caveat = e.caveat(lang);
        return "<p class=\"level-why\" id=\"" + escape(id) + "\">" + escape(e.reason(lang))
                + (caveat.isEmpty() ? "" : " (" + escape(caveat) + ")") + "</p>";
    }

    /** The reason under a level in a table cell, marked when its rule has a single source (see {@link #note}). */
    static String cell(LevelExplanation e, Language lang) {
        String mark = e.restsOnSingleSource()
                ? "<a class=\"note-mark\" href=\"#" + NOTE_ID + "\" aria-label=\""
                + escape(lang.pick("หมายเหตุเรื่องเกณฑ์", "note on the rule")) + "\">*</a>" : "";
        return "<div class=\"level-why\">" + escape(e.reason(lang)) + mark + "</div>";
    }

    /** The caveat once, under a table whose cells carry the mark; empty when no cell does. */
    static String note(Collection<LevelExplanation> shown, Language lang) {
        return shown.stream().filter(Objects::nonNull).filter(LevelExplanation::restsOnSingleSource).findFirst()
                .map(e -> "<p class=\"printed\" id=\"" + NOTE_ID + "\">* " + escape(sentence(e.caveat(lang))) + "</p>")
                .orElse("");
    }

    private static String sentence(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
    }
}
