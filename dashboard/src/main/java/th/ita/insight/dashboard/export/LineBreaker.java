package th.ita.insight.dashboard.export;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Wraps text to a width at Thai word boundaries (the JDK's Thai dictionary), since Thai writes no
 * spaces between words; a run longer than a line is cut between character clusters, never inside one.
 */
final class LineBreaker {
    private static final Locale THAI = Locale.forLanguageTag("th");

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
            wrapParagraph(paragraph, w -> lines.size() == first ? firstWidth : maxWidth, width, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String p, java.util.function.IntToDoubleFunction widthOfLine, ToDoubleFunction<String> width,
                                      List<String> lines) {
        BreakIterator words = BreakIterator.getLineInstance(THAI);
        words.setText(p);
        StringBuilder line = new StringBuilder();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String word = p.substring(start, end);
            double maxWidth = widthOfLine.applyAsDouble(lines.size());
            if (width.applyAsDouble(line + word.stripTrailing()) <= maxWidth) {
                line.append(word);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            if (width.applyAsDouble(word.stripTrailing()) <= maxWidth) {
                line.append(word);
            } else {
                line.append(cutClusters(word, maxWidth, width, lines));
            }
        }
        lines.add(line.toString().stripTrailing());
    }

    /** Emits full lines of an over-long word and returns what is left of it. */
    private static String cutClusters(String word, double maxWidth, ToDoubleFunction<String> width, List<String> lines) {
        BreakIterator clusters = BreakIterator.getCharacterInstance(THAI);
        clusters.setText(word);
        StringBuilder part = new StringBuilder();
        int start = clusters.first();
        for (int end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
            String cluster = word.substring(start, end);
            if (!part.isEmpty() && width.applyAsDouble(part + cluster) > maxWidth) {
                lines.add(part.toString());
                part.setLength(0);
            }
            part.append(cluster);
        }
        return part.toString();
    }
}
