package th.ita.insight.dashboard.export;

import java.util.Locale;
import java.util.Optional;

/** How a document writes its digits: Arabic, or Thai (๐–๙) as many officers' own documents do. */
public enum Digits {
    ARABIC, THAI;

    public String apply(String text) {
        if (this == ARABIC || text == null) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c >= '0' && c <= '9' ? (char) ('๐' + (c - '0')) : c);
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
