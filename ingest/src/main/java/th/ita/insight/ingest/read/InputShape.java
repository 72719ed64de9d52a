package th.ita.insight.ingest.read;

import java.util.Locale;
import java.util.Optional;

/** The table shapes an input may have; see docs/input-formats.md for their columns. */
public enum InputShape {
    /** One figure per row: agency, year, and a question, indicator, tool or total with its score. */
    LONG,
    /** One row per agency-year, a column per figure: total, IIT/EIT/OIT, ind1 … ind10, i1 … o43. */
    WIDE,
    /** A wide file with indicator columns only (ind1 … ind10, as agencies print in o42). */
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
