package th.ita.insight.survey;

import java.util.HashMap;
import java.util.Map;

/** Dice coefficient over character bigrams: how close a column header is to a catalog question text. */
final class TextSimilarity {
    private TextSimilarity() {
    }

    static double dice(String a, String b) {
        if (a.length() < 2 || b.length() < 2) {
            return a.equals(b) ? 1 : 0;
        }
        Map<String, Integer> left = bigrams(a);
        int overlap = 0;
        for (int i = 0; i + 1 < b.length(); i++) {
            String g = b.substring(i, i + 2);
            Integer n = left.get(g);
            if (n != null && n > 0) {
                overlap++;
                left.put(g, n - 1);
            }
        }
        return 2.0 * overlap / ((a.length() - 1) + (b.length() - 1));
    }

    private static Map<String, Integer> bigrams(String s) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            m.merge(s.substring(i, i + 2), 1, Integer::sum);
        }
        return m;
    }
}
