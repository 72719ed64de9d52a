package th.ita.insight.dashboard.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Places Thai marks the way an OpenType shaper would, for PDFBox, which has none: a tone mark with no
 * upper vowel under it comes down to sit on its consonant (ได้, เจ้า), marks above ป ฝ ฟ ฬ move left
 * of the ascender, lower vowels under ญ ฐ ฎ ฏ move below the tail. The text itself is left alone, so
 * the PDF stays searchable; only where each mark is drawn changes.
 */
final class ThaiMarks {
    /** The font's legacy positional forms, whose offsets from the plain mark tell where to draw it. */
    enum Variant { LOW, LEFT, LOW_LEFT, DROP }

    /** Offsets (dx, dy) in 1/1000 em of a mark's variant from the plain mark, or null when the font has none. */
    interface Offsets {
        float[] of(char mark, Variant variant);
    }

    /** Text drawn together at the pen position moved by (dx, dy) in 1/1000 em; marks have no advance. */
    record Run(String text, float dx, float dy) {
    }

    private ThaiMarks() {
    }

    static List<Run> runs(String text, Offsets offsets) {
        List<Run> out = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        char base = 0;
        boolean upperSeen = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Variant v = null;
            if (isUpperVowel(c)) {
                v = isTall(base) ? Variant.LEFT : null;
                upperSeen = true;
            } else if (isTone(c)) {
                // Over ำ the nikhahit takes the low place, so the tone stays high (น้ำ).
                boolean high = upperSeen || (i + 1 < text.length() && text.charAt(i + 1) == '\u0E33');
                v = high ? (isTall(base) ? Variant.LEFT : null) : (isTall(base) ? Variant.LOW_LEFT : Variant.LOW);
            } else if (isLowerVowel(c)) {
                v = hasTail(base) ? Variant.DROP : null;
            } else {
                base = c;
                upperSeen = false;
            }
            float[] d = v == null ? null : offsets.of(c, v);
            if (d == null || (d[0] == 0 && d[1] == 0)) {
                plain.append(c);
                continue;
            }
            if (!plain.isEmpty()) {
                out.add(new Run(plain.toString(), 0, 0));
                plain.setLength(0);
            }
            out.add(new Run(String.valueOf(c), d[0], d[1]));
        }
        if (!plain.isEmpty()) {
            out.add(new Run(plain.toString(), 0, 0));
        }
        return out;
    }

    /** The legacy private-use glyph of a mark's variant (TLWG and Windows Thai fonts agree on these). */
    static char legacyGlyph(char mark, Variant v) {
        int tone = "\u0E48\u0E49\u0E4A\u0E4B\u0E4C".indexOf(mark);
        return switch (v) {
            case LOW -> tone < 0 ? (char) 0 : (char) (0xF70A + tone);
            case LOW_LEFT -> tone < 0 ? (char) 0 : (char) (0xF705 + tone);
            case LEFT -> tone >= 0 ? (char) (0xF713 + tone) : switch (mark) {
                case '\u0E34' -> '\uF701';
                case '\u0E35' -> '\uF702';
                case '\u0E36' -> '\uF703';
                case '\u0E37' -> '\uF704';
                case '\u0E31' -> '\uF710';
                case '\u0E4D' -> '\uF711';
                case '\u0E47' -> '\uF712';
                default -> (char) 0;
            };
            case DROP -> switch (mark) {
                case '\u0E38' -> '\uF718';
                case '\u0E39' -> '\uF719';
                case '\u0E3A' -> '\uF71A';
                default -> (char) 0;
            };
        };
    }

    static boolean isMark(char c) {
        return isUpperVowel(c) || isTone(c) || isLowerVowel(c);
    }

    private static boolean isUpperVowel(char c) {
        return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E37') || c == '\u0E47' || c == '\u0E4D';
    }

    private static boolean isTone(char c) {
        return c >= '\u0E48' && c <= '\u0E4C';
    }

    private static boolean isLowerVowel(char c) {
        return c >= '\u0E38' && c <= '\u0E3A';
    }

    private static boolean isTall(char c) {
        return c == 'ป' || c == 'ฝ' || c == 'ฟ' || c == 'ฬ';
    }

    private static boolean hasTail(char c) {
        return c == 'ญ' || c == 'ฐ' || c == 'ฎ' || c == 'ฏ';
    }
}
