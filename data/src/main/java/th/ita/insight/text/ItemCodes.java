package th.ita.insight.text;

import th.ita.insight.catalog.Tool;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises item codes as people write them: "I12", "i๑๒", "e12.", "O 34", "ข้อ 12" under an IIT
 * header, and the seeds' "๐๓๔" (a Thai zero standing for the letter o) → i12, e12, o34.
 */
public final class ItemCodes {
    private static final Pattern LETTER_CODE = Pattern.compile("(?i)^(?:ข้อ)?([ieo])\\.?(\\d{1,3})\\.?$");
    private static final Pattern BARE_NUMBER = Pattern.compile("^(?:ข้อ(?:ที่)?)?(\\d{1,3})\\.?$");
    // Thai zero (U+0E50) followed by Thai digits: the seed documents' way of writing o34 as ๐๓๔.
    private static final Pattern THAI_ZERO_O = Pattern.compile("^\u0E50([\u0E50-\u0E59]{1,2})$");

    private ItemCodes() {
    }

    /**
     * @param text        the cell or header text
     * @param contextTool the tool a header or section names, for bare numbers ("ข้อ 12"); may be null
     */
    public static Optional<String> normalise(String text, Tool contextTool) {
        if (text == null) {
            return Optional.empty();
        }
        String raw = ThaiNumbers.squeeze(text);
        Matcher thaiO = THAI_ZERO_O.matcher(raw);
        if (thaiO.matches()) {
            return Optional.of("o" + Integer.parseInt(ThaiNumbers.arabicDigits(thaiO.group(1))));
        }
        String s = ThaiNumbers.arabicDigits(raw);
        Matcher m = LETTER_CODE.matcher(s);
        if (m.matches()) {
            return Optional.of(m.group(1).toLowerCase(Locale.ROOT) + Integer.parseInt(m.group(2)));
        }
        Matcher bare = BARE_NUMBER.matcher(s);
        if (bare.matches() && contextTool != null) {
            return Optional.of(contextTool.codePrefix() + Integer.parseInt(bare.group(1)));
        }
        return Optional.empty();
    }

    public static Optional<String> normalise(String text) {
        return normalise(text, null);
    }
}
