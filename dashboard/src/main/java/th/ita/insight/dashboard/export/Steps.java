package th.ita.insight.dashboard.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a measure's "how" text into its steps and numbers lists the one way a document does: the
 * measures catalog writes steps inline ("๑. จัดทำ… ๒. ระบุ…", English "1. Set… 2. Monitor…"), and the
 * documents print one step a line, numbered "1." (or "1.1" under a numbered measure) in the chosen digits.
 */
final class Steps {
    /** A candidate step number: digits (Thai or Arabic) and a full stop, at the start or after a space. */
    private static final Pattern NUMBER = Pattern.compile("(?:^|\\s)([0-9๐-๙]{1,2})\\.\\s");

    private Steps() {
    }

    /**
     * The steps of {@code how} without their numbers; the text as one step when it is not numbered 1, 2, …
     * in order (so "พ.ศ. 2567" or "ข้อ 2." inside a step never splits it).
     */
    static List<String> split(String how) {
        List<String> steps = new ArrayList<>();
        if (how == null || how.isBlank()) {
            return steps;
        }
        Matcher m = NUMBER.matcher(how);
        int expected = 1;
        int textStart = -1;
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) != expected) {
                continue;
            }
            if (expected == 1 && !how.substring(0, m.start()).isBlank()) {
                return List.of(how.strip());
            }
            if (textStart >= 0) {
                steps.add(how.substring(textStart, m.start()).strip());
            }
            textStart = m.end();
            expected++;
        }
        if (textStart < 0) {
            return List.of(how.strip());
        }
        steps.add(how.substring(textStart).strip());
        return steps;
    }

    /** "1. a", "2. b" — or the text alone when there is one; {@code prefix} "2." numbers them "2.1", "2.2". */
    static List<String> numbered(List<String> items, String prefix) {
        if (items.size() == 1 && prefix.isEmpty()) {
            return List.of(items.get(0));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(prefix + (i + 1) + (prefix.isEmpty() ? ". " : " ") + items.get(i));
        }
        return out;
    }
}
