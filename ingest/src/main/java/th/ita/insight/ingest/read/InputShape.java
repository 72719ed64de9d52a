package th.ita.insight.ingest.read;

import java.util.Locale;
import java.util.Optional;

/** The table shapes an input may have; see docs/input-formats.md for their columns. */
public enum InputShape {
    /** One score per row: agency, year, (tool), (indicator), question, score. */
    LONG,
    /** One row per agency-year, one column per item: i1 … i30, e1 … e15, o1 … oN. */
    WIDE,
    /** One row per agency-year, one column per indicator: ind1 … ind10 (as agencies print in o42). */
    INDICATOR_SUMMARY;

    public static Optional<InputShape> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        if (t.equals("SUMMARY") || t.equals("INDICATORS")) {
            return Optional.of(INDICATOR_SUMMARY);
        }
        for (InputShape shape : values()) {
            if (shape.name().equals(t)) {
                return Optional.of(shape);
            }
        }
        return Optional.empty();
    }
}
