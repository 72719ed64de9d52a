package th.ita.insight.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounds half-up to 2 decimals, as the NACC prints every score. */
public final class Rounding {
    private Rounding() {
    }

    public static double twoDecimals(double value) {
        if (value == 0) {
            return 0.0; // as the BigDecimal route returns it: no negative zero
        }
        if (Decimals.isExact(value, 2)) {
            return value; // most scores already have 2 decimals: skip printing and parsing the number
        }
        // BigDecimal.valueOf uses the shortest decimal form, so 96.975 rounds up as a person expects.
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    public static Double twoDecimalsOrNull(Double value) {
        return value == null ? null : twoDecimals(value);
    }
}
