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
    private Decimals() {
    }

    public static String fixed(double value, int places) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.format(Locale.ROOT, "%." + places + "f", value);
        }
        String digits = new BigDecimal(Double.toString(Math.abs(value))).setScale(places, RoundingMode.HALF_UP)
                .toPlainString();
        return value < 0 || (value == 0 && 1 / value < 0) ? "-" + digits : digits;
    }

    /** {@link #fixed(double, int)} with 2 decimals, as scores are printed. */
    public static String two(double value) {
        return fixed(value, 2);
    }
}
