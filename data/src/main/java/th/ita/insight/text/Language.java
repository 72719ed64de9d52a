package th.ita.insight.text;

import java.util.Locale;
import java.util.Optional;

/** The language a user reads messages and documents in: Thai first, English on request. */
public enum Language {
    TH, EN;

    public String pick(String th, String en) {
        return this == TH ? th : en;
    }

    public static Optional<Language> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "th", "thai", "ไทย" -> Optional.of(TH);
            case "en", "english" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }
}
