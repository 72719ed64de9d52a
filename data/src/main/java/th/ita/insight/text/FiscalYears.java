package th.ita.insight.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a fiscal year written as BE (2566, พ.ศ. ๒๕๖๖, FY2566) or CE (2023) and returns it in BE.
 * Two-digit years are refused: "66" could be 2566 or 2066.
 */
public final class FiscalYears {
    public static final int BE_OFFSET = 543;
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private FiscalYears() {
    }

    public static Parsed<Integer> parse(String text) {
        if (text == null) {
            return Parsed.fail(ValueProblem.EMPTY);
        }
        String s = ThaiNumbers.squeeze(ThaiNumbers.arabicDigits(text))
                .replace("พ.ศ.", "").replace("ค.ศ.", "").replace("ปีงบประมาณ", "")
                .replaceFirst("(?i)^(fy|ita|ปี)", "");
        if (s.isEmpty()) {
            return Parsed.fail(ValueProblem.EMPTY);
        }
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2); // Excel writes 2566 as 2566.0
        }
        Matcher m = DIGITS.matcher(s);
        if (!m.matches()) {
            return Parsed.fail(ValueProblem.NOT_A_YEAR);
        }
        if (s.length() <= 2) {
            return Parsed.fail(ValueProblem.TWO_DIGIT_YEAR);
        }
        if (s.length() != 4) {
            return Parsed.fail(ValueProblem.NOT_A_YEAR);
        }
        int year = Integer.parseInt(s);
        if (year >= 2500 && year <= 2700) {
            return Parsed.ok(year);
        }
        if (year >= 1957 && year <= 2157) {
            return Parsed.ok(year + BE_OFFSET);
        }
        return Parsed.fail(ValueProblem.YEAR_OUT_OF_RANGE);
    }
}
