package th.ita.insight.scoring;

/**
 * Something a user should know about an agency-year's figures: a published figure that disagrees with
 * its components, or a level that could not be derived because a component is missing.
 *
 * @param key       the indicator number, tool code or "total" the note is about
 * @param published the published value (CHECK kinds), else null
 * @param computed  the computed value (CHECK kinds), else null
 */
public record Note(Kind kind, String level, String key, Double published, Double computed, String messageTh,
                   String messageEn) {

    /** ROUNDING: differs by at most 0.01; MISMATCH: differs by more (usually a typo); INCOMPLETE: not derived. */
    public enum Kind { ROUNDING, MISMATCH, INCOMPLETE }

    public boolean isWarning() {
        return kind == Kind.MISMATCH;
    }
}
