package th.ita.insight.scoring;

import th.ita.insight.scoring.LevelExplanation.Form;
import th.ita.insight.scoring.LevelExplanation.Shortfall;
import th.ita.insight.text.Language;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link LevelExplanation} as one Thai or English line. The page form names the next level and
 * says when its rule has a single source; the document form gives the figures only, as an officer would
 * write them under a signature ("คะแนนรวม 96.98 และทุกเครื่องมือไม่ต่ำกว่า 85 แต่ EIT 91.47 ต่ำกว่า 95").
 */
final class LevelLines {
    private LevelLines() {
    }

    static String write(LevelExplanation e, Language lang, Form form) {
        return form == Form.DOCUMENT ? document(e, lang) : page(e, lang);
    }

    private static String page(LevelExplanation e, Language lang) {
        String head = (lang == Language.TH ? e.level().labelTh() : e.level().labelEn()) + ": ";
        String caveat = caveat(e, lang);
        return head + reason(e, lang) + (caveat.isEmpty() ? "" : " (" + caveat + ")");
    }

    /** The page line without its level and caveat: "ไม่ถึงผ่านดีเยี่ยมเพราะ EIT 91.47 < 95". */
    static String reason(LevelExplanation e, Language lang) {
        if (e.decidedByTotalOnly()) {
            return undecided(e, lang);
        }
        if (e.next() == null) {
            return lang.pick("ระดับสูงสุด — ", "the highest level — ") + met(e, lang, false);
        }
        // Figures below the same bound share it: "คะแนนรวม 87.04, IIT 89.67, EIT 87.12 < 95" reads at a glance
        // where four "< 95" did not (seen on the agencies list).
        List<String> reasons = new ArrayList<>();
        for (List<Shortfall> same : byBound(e.shortfalls())) {
            reasons.add(String.join(", ", same.stream().map(s -> name(s, lang) + " " + score(s.score())).toList())
                    + " < " + bound(same.get(0).bound()));
        }
        String next = lang == Language.TH ? e.next().labelTh() : e.next().labelEn();
        if (reasons.isEmpty()) {
            return lang.pick(glue("ไม่ถึง", next), "not " + next);
        }
        return lang.pick(glue(glue("ไม่ถึง", next), glue("เพราะ", String.join(" และ ", reasons))),
                "not " + next + " because " + String.join(" and ", reasons));
    }

    private static String undecided(LevelExplanation e, Language lang) {
        List<String> names = e.undecided().stream()
                .map(l -> lang == Language.TH ? l.labelTh() : l.labelEn()).toList();
        String total = score(e.total());
        if (lang == Language.TH) {
            return "ตัดสินจากคะแนนรวม " + total + " เท่านั้น เพราะไม่มีคะแนนรายเครื่องมือ ("
                    + glue(thaiList(names), "ต้องใช้คะแนนทุกเครื่องมือ") + ")";
        }
        return "decided by the total " + total + " only, as the tool scores are unknown ("
                + String.join(" and ", names) + (names.size() == 1 ? " needs" : " need") + " every tool's score)";
    }

    /** The single-source rule the line rests on, named for pages only (DESIGN §9.5); empty when none. */
    static String caveat(LevelExplanation e, Language lang) {
        if (!e.restsOnSingleSource()) {
            return "";
        }
        double bound = e.next() == null ? e.levelMinEachTool()
                : e.shortfalls().stream().filter(Shortfall::singleSource).findFirst().orElseThrow().bound();
        return lang.pick("เกณฑ์ทุกเครื่องมือ ≥ " + bound(bound) + " มาจากแหล่งเดียว ยังไม่ได้รับการยืนยันจาก ป.ป.ช.",
                "the every-tool ≥ " + bound(bound) + " rule has a single source, not confirmed by the NACC");
    }

    private static String document(LevelExplanation e, Language lang) {
        // The lowest band (from 0) meets nothing worth saying: "คะแนนรวม 60.00 ต่ำกว่า 70", no "แต่".
        boolean metSaysSomething = e.levelMinimum() > 0 || e.levelMinEachTool() != null;
        String met = met(e, lang, true);
        if (e.shortfalls().isEmpty()) {
            return met;
        }
        List<String> below = new ArrayList<>();
        for (List<Shortfall> same : byBound(e.shortfalls())) {
            String bound = bound(same.get(0).bound());
            if (same.size() == 1 && same.get(0).isTotal() && e.levelMinEachTool() == null) {
                // Right after "คะแนนรวม 80.00 ไม่ต่ำกว่า 70" a bare "ต่ำกว่า 85" reads as the total's.
                below.add(lang.pick("ต่ำกว่า ", metSaysSomething ? "below " : "is below ") + bound);
                continue;
            }
            // After a tool clause a bare "ต่ำกว่า 95" would read as the tools', so the total is named.
            // Thai lists run with spaces, not commas, so each name keeps its figure: "คะแนนรวม 90.00 EIT 86.00 และ OIT 88.50".
            List<String> names = same.stream().map(s -> s.isTotal() ? lang.pick("คะแนนรวม " + score(s.score()), "the total")
                    : name(s, lang) + " " + score(s.score())).toList();
            below.add(lang == Language.TH ? thaiProse(names) + " ต่ำกว่า " + bound
                    : prose(names, "and") + (names.size() == 1 ? " is below " : " are below ") + bound);
        }
        String joined = String.join(lang.pick(" และ ", " and "), below);
        if (lang == Language.TH) {
            return met + " " + (metSaysSomething ? glue("แต่", joined) : joined);
        }
        return met + (metSaysSomething ? ", but " : " ") + joined;
    }

    /** What the total and tools meet of the reached level: "คะแนนรวม 96.98 และทุกเครื่องมือไม่ต่ำกว่า 85". */
    private static String met(LevelExplanation e, Language lang, boolean sentenceStart) {
        String total = score(e.total());
        Double each = e.levelMinEachTool();
        boolean min = e.levelMinimum() > 0;
        if (lang == Language.TH) {
            String s = "คะแนนรวม " + total;
            if (each == null) {
                return min ? s + " ไม่ต่ำกว่า " + bound(e.levelMinimum()) : s;
            }
            return (each == e.levelMinimum() ? s : s + " ไม่ต่ำกว่า " + bound(e.levelMinimum()))
                    + " และทุกเครื่องมือไม่ต่ำกว่า " + bound(each);
        }
        String s = (sentenceStart ? "Total " : "total ") + total;
        if (each == null) {
            return min ? s + " is at least " + bound(e.levelMinimum()) : s;
        }
        return (each == e.levelMinimum() ? s : s + " (at least " + bound(e.levelMinimum()) + ")")
                + " and every tool at " + bound(each) + " or more";
    }

    /** Shortfalls grouped by bound, in their order: the total first, then IIT, EIT, OIT. */
    private static List<List<Shortfall>> byBound(List<Shortfall> shortfalls) {
        Map<Double, List<Shortfall>> groups = new LinkedHashMap<>();
        for (Shortfall s : shortfalls) {
            groups.computeIfAbsent(s.bound(), b -> new ArrayList<>()).add(s);
        }
        return List.copyOf(groups.values());
    }

    /** "a", "a and b", "a, b and c": as a sentence lists things. */
    private static String prose(List<String> items, String and) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + and + " " + items.get(items.size() - 1);
    }

    private static String thaiProse(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(" ", items.subList(0, items.size() - 1)) + " และ " + items.get(items.size() - 1);
    }

    private static String name(Shortfall s, Language lang) {
        return s.isTotal() ? lang.pick("คะแนนรวม", "total") : s.tool().name();
    }

    private static String thaiList(List<String> names) {
        return String.join("และ", names);
    }

    /** Joins Thai and Latin text as Thai is typeset: a space only where a Thai word meets a Latin one. */
    static String glue(String left, String right) {
        if (left.isEmpty() || right.isEmpty()) {
            return left + right;
        }
        boolean thaiEnd = isThai(left.charAt(left.length() - 1));
        boolean thaiStart = isThai(right.charAt(0));
        return thaiEnd && thaiStart ? left + right : left + " " + right;
    }

    private static boolean isThai(char c) {
        return c >= '\u0E00' && c <= '\u0E7F';
    }

    static String score(double value) {
        return Decimals.fixed(value, 2);
    }

    /** A band's bound as the NACC writes it: 95, 84.5 — no trailing zeros. */
    static String bound(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
