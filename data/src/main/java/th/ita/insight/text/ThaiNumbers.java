package th.ita.insight.text;

import java.util.regex.Pattern;

/**
 * Reads numbers as Thai documents write them: Thai digits (๙๙.๔๔), stray and non-breaking spaces,
 * thousands separators (1,234.50). A comma used as the decimal mark (95,5) is ambiguous and refused.
 */
public final class ThaiNumbers {
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+");

    private ThaiNumbers() {
    }

    /** Replaces Thai digits ๐–๙ by 0–9 and leaves everything else alone. */
    public static String arabicDigits(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c >= '\u0E50' && c <= '\u0E59' ? (char) ('0' + (c - '\u0E50')) : c);
        }
        return sb.toString();
    }

    public static Parsed<Double> parse(String text) {
        if (text == null) {
            return Parsed.fail(ValueProblem.EMPTY);
        }
        String s = squeeze(arabicDigits(text));
        if (s.isEmpty()) {
            return Parsed.fail(ValueProblem.EMPTY);
        }
        if (PLAIN.matcher(s).matches()) {
            return Parsed.ok(Double.parseDouble(s));
        }
        if (GROUPED.matcher(s).matches()) {
            return Parsed.ok(Double.parseDouble(s.replace(",", "")));
        }
        if (DECIMAL_COMMA.matcher(s).matches()) {
            return Parsed.fail(ValueProblem.DECIMAL_COMMA);
        }
        return Parsed.fail(ValueProblem.NOT_A_NUMBER);
    }

    /** Drops every kind of space, including the no-break and zero-width ones Excel exports carry. */
    public static String squeeze(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200B' && c != '\uFEFF') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
