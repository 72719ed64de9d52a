package th.ita.insight.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A double printed with a fixed number of decimals, exactly as {@code String.format(Locale.ROOT, "%.2f", v)}
 * prints it (half-up of the shortest decimal form, a minus sign kept on a negative value that rounds to
 * zero), without parsing a format string per call: the batch prints millions of reasons and rationales.
 */
public final class Decimals {
    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000};
    /**
     * Below this, neighbouring doubles are at most 1.2·10⁻⁷ apart: far less than the half of 10⁻⁴ by which
     * {@link #isExact}'s number and the value's shortest decimal form would have to differ to round apart.
     */
    private static final double EXACT_BELOW = 1e9;
    /**
     * Below 10⁶ a double and its shortest decimal form differ by at most 1.2·10⁻¹⁰ (half its ulp), 1.2·10⁻⁶ once
     * scaled by 10⁴, and the scaling's own rounding adds less than 10⁻⁶: a scaled value further than
     * {@link #TIE_MARGIN} from x.5 rounds the same whichever of the two is rounded.
     */
    private static final double CLEAR_BELOW = 1e6;
    private static final double TIE_MARGIN = 1e-4;

    private Decimals() {
    }

    public static String fixed(double value, int places) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.format(Locale.ROOT, "%." + places + "f", value);
        }
        boolean negative = value < 0 || (value == 0 && 1 / value < 0);
        String digits;
        if (isExact(value, places)) {
            digits = plain(Math.abs(Math.round(value * POWERS_OF_TEN[places])), places);
        } else {
            long units = clearlyRounded(Math.abs(value), places);
            digits = units >= 0 ? plain(units, places)
                    : new BigDecimal(Double.toString(Math.abs(value))).setScale(places, RoundingMode.HALF_UP).toPlainString();
        }
        return negative ? "-" + digits : digits;
    }

    /**
     * The value rounded to {@code places} decimals, in units of the last place, when it is far from a tie:
     * a mean or a share (83.456789…) whose shortest decimal form cannot round otherwise than the double
     * itself, found without that form's search; -1 near a tie (x.xx5 within {@link #TIE_MARGIN}) or out of
     * range, where only the shortest form decides.
     */
    private static long clearlyRounded(double magnitude, int places) {
        if (places >= POWERS_OF_TEN.length || !(magnitude < CLEAR_BELOW)) {
            return -1;
        }
        double scaled = magnitude * POWERS_OF_TEN[places];
        double floor = Math.floor(scaled);
        double fraction = scaled - floor;
        if (Math.abs(fraction - 0.5) < TIE_MARGIN) {
            return -1;
        }
        return (long) floor + (fraction > 0.5 ? 1 : 0);
    }

    /**
     * Whether the value is the double nearest to a number with at most {@code places} decimals (85.25,
     * 80.13): its shortest decimal form is then that number, so rounding it to {@code places} changes
     * nothing, and it can be printed from an integer without the shortest-form search (the batch's hot path).
     */
    static boolean isExact(double value, int places) {
        if (places >= POWERS_OF_TEN.length || !(Math.abs(value) < EXACT_BELOW)) {
            return false;
        }
        long scale = POWERS_OF_TEN[places];
        return (double) Math.round(value * scale) / scale == value;
    }

    /** {@code units} ÷ 10^places with exactly {@code places} decimals. */
    private static String plain(long units, int places) {
        if (places == 0) {
            return Long.toString(units);
        }
        long scale = POWERS_OF_TEN[places];
        String fraction = Long.toString(units % scale);
        StringBuilder out = new StringBuilder(24).append(units / scale).append('.');
        for (int i = fraction.length(); i < places; i++) {
            out.append('0');
        }
        return out.append(fraction).toString();
    }

    /** {@link #fixed(double, int)} with 2 decimals, as scores are printed. */
    public static String two(double value) {
        return fixed(value, 2);
    }
}
