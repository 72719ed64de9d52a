package th.ita.insight.trends;

/**
 * The direction of one figure of one agency over one run of comparable years.
 *
 * @param firstYear     first year of that run
 * @param years         how many years the run has
 * @param deltaYoy      last minus the year before, when that year is in the run; else null
 * @param slope         least-squares points per year over the run; null for one year
 * @param methodChanged earlier years exist but are not comparable with this run (a method change cut the series)
 */
public record Trend(int firstYear, int lastYear, int years, double first, double last, Double deltaYoy, Double slope,
                    Direction direction, boolean methodChanged) {

    /** Improving / declining beyond ±1 point a year, stable within (docs/analytics.md). */
    public enum Direction {
        IMPROVING, STABLE, DECLINING;

        public static final double BAND = 1.0;

        static Direction of(Double slope) {
            if (slope == null) {
                return STABLE;
            }
            return slope >= BAND ? IMPROVING : slope <= -BAND ? DECLINING : STABLE;
        }
    }
}
