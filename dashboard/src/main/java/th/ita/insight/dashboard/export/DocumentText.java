package th.ita.insight.dashboard.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps notes meant for us out of official documents: a parenthesised remark about where a text came
 * from or how sure it is ("(เอกสารต้นแบบไม่ได้ระบุรหัสข้อ OIT …)", once in the measures catalog) is cut
 * from the text and handed to the "before you submit" list instead (DESIGN §9.5).
 */
final class DocumentText {
    /**
     * Words that only a note about our sources or our certainty uses; also what the documents test
     * searches every exported file for.
     */
    static final List<String> NOTE_MARKERS = List.of("เอกสารต้นแบบ", "ไม่ได้ระบุรหัส", "ยังไม่ยืนยัน", "ยังไม่ได้ยืนยัน",
            "ข้อสมมติ", "seed", "best-effort", "provisional", "todo", "unconfirmed", "names no oit");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\(([^()]*)\\)");

    private DocumentText() {
    }

    /** The text without its parenthesised notes. */
    static String clean(String text) {
        if (text == null || text.indexOf('(') < 0) {
            return text;
        }
        Matcher m = PARENTHESES.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, isNote(m.group(1)) ? "" : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The parenthesised notes {@link #clean} would cut, without their parentheses, in order. */
    static List<String> notes(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = PARENTHESES.matcher(text);
        while (m.find()) {
            if (isNote(m.group(1))) {
                out.add(m.group(1).strip());
            }
        }
        return out;
    }

    /** The first marker of a note meant for us in {@code text}, or null. */
    static String marker(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return NOTE_MARKERS.stream().filter(lower::contains).findFirst().orElse(null);
    }

    private static boolean isNote(String inside) {
        return marker(inside) != null;
    }
}
