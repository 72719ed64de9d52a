package th.ita.insight.scoring;

/**
 * A tool score or total as shown to users: the published figure when there is one, else the one
 * computed from complete components; both are kept so a difference can be checked.
 *
 * @param computed  from components, unrounded; null when the components are incomplete
 * @param published as printed; null when none was loaded
 */
public record Figure(Double computed, Published published) {

    /** Whether users see a published or a computed number. */
    public enum Source { PUBLISHED, COMPUTED }

    public double value() {
        return published != null ? published.value() : computed;
    }

    public Source source() {
        return published != null ? Source.PUBLISHED : Source.COMPUTED;
    }

    /** Rounded to 2 decimals as published. */
    public double shown() {
        return Rounding.twoDecimals(value());
    }
}
