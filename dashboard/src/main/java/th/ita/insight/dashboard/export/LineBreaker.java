package th.ita.insight.dashboard.export;

import com.ibm.icu.util.ULocale;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * Wraps text to a width at Thai word boundaries, since Thai writes no spaces between words.
 *
 * <p>A line may break only where ICU's and the JDK's Thai dictionaries both see a word boundary: each
 * splits words the other keeps whole (the JDK "ออ|นไลน์", "จัดจ้า|ง"; ICU "งบ|ประมาณ", "เผย|แพร่",
 * "รับ|ผิด|ชอบ"), so agreeing on a break means it is a real one. Compounds both split ("รูป|แบบ") are kept
 * whole by {@link ThaiCompounds}; closing punctuation, "ๆ" and "ฯ" stay with the word before them and
 * opening brackets with the word after. A run longer than a line is cut at ICU's own boundaries, and
 * only a run longer than that between character clusters, never inside one.
 */
final class LineBreaker {
    private static final Locale THAI = Locale.forLanguageTag("th");
    private static final ULocale THAI_ICU = new ULocale("th");
    /** Never the first character of a line. */
    private static final String CLOSING = ")]}>,.:;!?%/”’ๆฯ";
    /** Never the last character of a line. */
    private static final String OPENING = "([{<“‘";
    private static final String AGENT = "ผู้";

    private LineBreaker() {
    }

    static List<String> wrap(String text, double maxWidth, ToDoubleFunction<String> width) {
        return wrap(text, maxWidth, maxWidth, width);
    }

    /** As {@link #wrap(String, double, ToDoubleFunction)}, the first line of each paragraph {@code firstWidth} wide (an indent). */
    static List<String> wrap(String text, double firstWidth, double maxWidth, ToDoubleFunction<String> width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            int first = lines.size();
            new Filler(paragraph, n -> n == first ? firstWidth : maxWidth, width, lines).fill();
        }
        return lines;
    }

    /** Where a line may break in {@code p}: word boundaries both dictionaries agree on, or ICU's alone ({@code strict} false). */
    static int[] breaks(String p, boolean strict) {
        BitSet ok = boundaries(com.ibm.icu.text.BreakIterator.getLineInstance(THAI_ICU), p);
        if (strict) {
            BreakIterator jdk = BreakIterator.getLineInstance(THAI);
            jdk.setText(p);
            BitSet agreed = new BitSet();
            for (int b = jdk.first(); b != BreakIterator.DONE; b = jdk.next()) {
                agreed.set(b);
            }
            ok.and(agreed);
            for (int[] span : ThaiCompounds.spans(p)) {
                ok.clear(span[0] + 1, span[1]);
            }
        }
        for (int k = 1; k < p.length(); k++) {
            // "ผู้" (the one who …) is a prefix, never a word of its own at the end of a line.
            if (CLOSING.indexOf(p.charAt(k)) >= 0 || OPENING.indexOf(p.charAt(k - 1)) >= 0 || p.startsWith(AGENT, k - AGENT.length())) {
                ok.clear(k);
            }
        }
        ok.clear(0);
        ok.set(p.length());
        return ok.stream().toArray();
    }

    private static BitSet boundaries(com.ibm.icu.text.BreakIterator it, String p) {
        it.setText(p);
        BitSet out = new BitSet();
        for (int b = it.first(); b != com.ibm.icu.text.BreakIterator.DONE; b = it.next()) {
            out.set(b);
        }
        return out;
    }

    /** Fills the lines of one paragraph, greedily. */
    private static final class Filler {
        private final String p;
        private final IntToDoubleFunction widthOfLine;
        private final ToDoubleFunction<String> width;
        private final List<String> lines;
        private final StringBuilder line = new StringBuilder();

        Filler(String p, IntToDoubleFunction widthOfLine, ToDoubleFunction<String> width, List<String> lines) {
            this.p = p;
            this.widthOfLine = widthOfLine;
            this.width = width;
            this.lines = lines;
        }

        void fill() {
            int[] fine = null;
            int start = 0;
            for (int end : breaks(p, true)) {
                if (!place(p.substring(start, end))) {
                    fine = fine == null ? breaks(p, false) : fine;
                    int from = start;
                    for (int b : fine) {
                        if (b > start && b <= end) {
                            String piece = p.substring(from, b);
                            if (!place(piece)) {
                                cutClusters(piece);
                            }
                            from = b;
                        }
                    }
                }
                start = end;
            }
            lines.add(line.toString().stripTrailing());
        }

        /** Puts a piece on this line or the next; false when it is wider than a whole line. */
        private boolean place(String piece) {
            double max = widthOfLine.applyAsDouble(lines.size());
            if (width.applyAsDouble(line + piece.stripTrailing()) <= max) {
                line.append(piece);
                return true;
            }
            if (!line.isEmpty()) {
                flush();
                if (width.applyAsDouble(piece.stripTrailing()) <= widthOfLine.applyAsDouble(lines.size())) {
                    line.append(piece);
                    return true;
                }
            }
            return false;
        }

        /** Emits full lines of an over-long piece, cut between clusters; what is left stays on the line. */
        private void cutClusters(String piece) {
            BreakIterator clusters = BreakIterator.getCharacterInstance(THAI);
            clusters.setText(piece);
            int start = clusters.first();
            for (int end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
                String cluster = piece.substring(start, end);
                // Punctuation after a word stays with it even here; a run of dots (part 3's lines) may be cut.
                boolean glued = CLOSING.indexOf(cluster.charAt(0)) >= 0 && !line.isEmpty()
                        && CLOSING.indexOf(line.charAt(line.length() - 1)) < 0;
                if (!line.isEmpty() && !glued && width.applyAsDouble(line + cluster) > widthOfLine.applyAsDouble(lines.size())) {
                    flush();
                }
                line.append(cluster);
            }
        }

        private void flush() {
            lines.add(line.toString().stripTrailing());
            line.setLength(0);
        }
    }
}
