package th.ita.insight.dashboard.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The compounds of the documents' vocabulary that both Thai dictionaries split ("รูป|แบบ", "หน่วย|งาน")
 * and a reader would not want broken across lines; listed in {@code thai-compounds.txt}.
 */
final class ThaiCompounds {
    /** Longest first, so "ผู้รับผิดชอบ" wins over "รับผิดชอบ" where both start at one place. */
    private static final List<String> WORDS = load();

    private ThaiCompounds() {
    }

    /** The [start, end) spans of every listed compound in {@code text}, overlapping spans included. */
    static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        for (String w : WORDS) {
            for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
                out.add(new int[]{at, at + w.length()});
            }
        }
        return out;
    }

    private static List<String> load() {
        try (InputStream in = ThaiCompounds.class.getResourceAsStream("thai-compounds.txt")) {
            if (in == null) {
                throw new IllegalStateException("thai-compounds.txt is missing from the dashboard jar");
            }
            List<String> words = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w);
                }
            }
            words.sort(Comparator.comparingInt(String::length).reversed());
            return List.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
