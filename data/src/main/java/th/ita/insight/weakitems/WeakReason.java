package th.ita.insight.weakitems;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Why an item is weak; an item may have several reasons. */
public enum WeakReason {
    BELOW_THRESHOLD("ต่ำกว่าเกณฑ์ %s คะแนน", "below the %s threshold"),
    BELOW_PEERS("ต่ำกว่าค่ามัธยฐานของหน่วยงานประเภทเดียวกัน (%s) เกิน %s คะแนน", "more than %2$s points below the peer median (%1$s)"),
    BELOW_INDICATOR_MEAN("ต่ำกว่าค่าเฉลี่ยของตัวชี้วัด (%s) — ควรยกระดับต่อ", "below its indicator's mean (%s): where to improve next"),
    WEAK_INDICATOR("อยู่ในตัวชี้วัดที่ต่ำกว่าค่าเฉลี่ยของเครื่องมือ (%s) — ควรยกระดับต่อ",
            "in an indicator below its tool's mean (%s): where to improve next"),
    NOT_DISCLOSED("ไม่ได้เปิดเผยข้อมูล (0 คะแนน)", "not disclosed (scored 0)");

    private final String th;
    private final String en;
    private final Template thText;
    private final Template enText;

    WeakReason(String th, String en) {
        this.th = th;
        this.en = en;
        this.thText = Template.of(th);
        this.enText = Template.of(en);
    }

    /** The Thai words, {@code %s} filled in as {@code String.format} would (arguments are printed numbers). */
    public String th(Object... args) {
        return thText.fill(args);
    }

    public String en(Object... args) {
        return enText.fill(args);
    }

    /** The template as written, for {@code String.format} (tests compare the two). */
    String thTemplate() {
        return th;
    }

    String enTemplate() {
        return en;
    }

    /**
     * A message with {@code %s} and {@code %N$s} placeholders, split once: a national run writes two
     * reasons per weak item, millions of them, and String.format would parse the pattern each time.
     */
    private record Template(String[] literals, int[] args) {
        private static final Pattern PLACEHOLDER = Pattern.compile("%(?:(\\d+)\\$)?s");

        static Template of(String pattern) {
            List<String> literals = new ArrayList<>();
            List<Integer> args = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(pattern);
            int from = 0;
            int next = 0;
            while (m.find()) {
                literals.add(pattern.substring(from, m.start()));
                args.add(m.group(1) != null ? Integer.parseInt(m.group(1)) - 1 : next++);
                from = m.end();
            }
            literals.add(pattern.substring(from));
            return new Template(literals.toArray(String[]::new), args.stream().mapToInt(Integer::intValue).toArray());
        }

        String fill(Object... values) {
            StringBuilder out = new StringBuilder(literals[0]);
            for (int i = 0; i < args.length; i++) {
                out.append(values[args[i]]).append(literals[i + 1]);
            }
            return out.toString();
        }
    }
}
