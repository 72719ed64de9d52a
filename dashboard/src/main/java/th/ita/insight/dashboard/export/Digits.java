package th.ita.insight.dashboard.export;

import java.util.Locale;
import java.util.Optional;

/**
 * How a document writes its digits: Arabic, or Thai (๐–๙) as many officers' own documents do. Either way
 * every digit is written in the one chosen style, whichever its source used (the measures' steps are
 * numbered "๑. ๒.", scores and years come as "96.98"), so a document never mixes "1)" with "๑.".
 */
public enum Digits {
    ARABIC, THAI;

    public String apply(String text) {
        if (text == null) {
            return null;
        }
        char from = this == THAI ? '0' : '๐';
        char to = this == THAI ? '๐' : '0';
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c >= from && c <= from + 9 ? (char) (to + (c - from)) : c);
        }
        return sb.toString();
    }

    public static Optional<Digits> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(ARABIC);
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "arabic", "latin" -> Optional.of(ARABIC);
            case "thai", "th" -> Optional.of(THAI);
            default -> Optional.empty();
        };
    }
}
