package th.ita.insight.survey;

import th.ita.insight.catalog.CatalogItem;
import th.ita.insight.catalog.Tool;
import th.ita.insight.catalog.YearCatalog;
import th.ita.insight.text.ItemCodes;
import th.ita.insight.text.ThaiNumbers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the question behind each column of a survey export: by the user's mapping, by a code written
 * somewhere in the header (i1, I1, ข้อ i1, e12., i๑๒, i4.1 for a sub-item), or by the catalog's Thai
 * question text when the header is close enough. Anything else is reported, never guessed.
 */
public final class ColumnMatcher {
    /** Bigram similarity a header must reach to be taken for a question text, and its lead over the runner-up. */
    static final double TEXT_MATCH = 0.85;
    static final double TEXT_LEAD = 0.05;
    private static final Pattern SUB_ITEM = Pattern.compile("^([ieIE][0-9]{1,2})[._\\-/]([0-9]{1,2})\\.?$");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s()\\[\\]{}:;,，]+");
    /** Columns forms add around the questions (Google/Microsoft Forms, typed sheets). */
    private static final List<String> IGNORED = List.of("timestamp", "ประทับเวลา", "วันที่", "เวลา", "date", "time",
            "email", "e-mail", "อีเมล", "อีเมล์", "ชื่อ", "name", "เพศ", "gender", "อายุ", "age", "ตำแหน่ง", "position",
            "สังกัด", "กอง", "ฝ่าย", "department", "ข้อเสนอแนะ", "ความคิดเห็น", "comment", "suggestion", "หมายเหตุ",
            "note", "score", "คะแนน", "ลำดับ", "id", "ip", "โทร", "phone");

    private final YearCatalog catalog;
    private final Tool tool;
    private final Map<String, String> mapping;

    /**
     * @param mapping header (as written, trimmed) → code, optionally with a sub-item ("i4.1"); may be empty
     */
    public ColumnMatcher(YearCatalog catalog, Tool tool, Map<String, String> mapping) {
        this.catalog = catalog;
        this.tool = tool;
        this.mapping = mapping;
    }

    public List<ColumnMatch> match(String[] header) {
        List<ColumnMatch> out = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            out.add(one(i, header[i] == null ? "" : header[i].strip()));
        }
        return duplicates(out);
    }

    private ColumnMatch one(int index, String header) {
        String mapped = mapping.get(header);
        if (mapped != null) {
            return coded(index, header, mapped, "--map");
        }
        Optional<String> code = codeIn(header, tool);
        if (code.isPresent()) {
            return coded(index, header, code.get(), "รหัสในหัวคอลัมน์ / code in the header");
        }
        ColumnMatch byText = byText(index, header);
        if (byText != null) {
            return byText;
        }
        String key = header.toLowerCase(Locale.ROOT);
        if (header.isEmpty() || IGNORED.stream().anyMatch(key::contains)) {
            return new ColumnMatch(index, header, ColumnMatch.Kind.IGNORED, null, null, "");
        }
        return new ColumnMatch(index, header, ColumnMatch.Kind.UNMATCHED, null, null,
                "ไม่มีรหัสข้อคำถามและข้อความไม่ตรงกับเกณฑ์ปี " + catalog.fiscalYear() + " (ใช้ --map)"
                        + " / no question code, and the text matches no FY" + catalog.fiscalYear() + " question (use --map)");
    }

    /** A code such as "i4" or "i4.1" (sub-item 1), checked against the year's catalog and the survey's tool. */
    private ColumnMatch coded(int index, String header, String codeText, String how) {
        String code = codeText.strip();
        String sub = null;
        Matcher m = SUB_ITEM.matcher(ThaiNumbers.arabicDigits(code));
        if (m.matches()) {
            code = m.group(1);
            sub = m.group(2);
        }
        Optional<String> normal = ItemCodes.normalise(code, null);
        if (normal.isEmpty()) {
            return new ColumnMatch(index, header, ColumnMatch.Kind.UNMATCHED, null, null,
                    "'" + codeText + "' ไม่ใช่รหัสข้อคำถาม / is not a question code");
        }
        Optional<CatalogItem> item = catalog.item(normal.get());
        if (item.isEmpty() || item.get().tool() != tool) {
            return new ColumnMatch(index, header, ColumnMatch.Kind.UNMATCHED, null, null, normal.get()
                    + " ไม่ใช่ข้อคำถาม " + tool + " ของปี " + catalog.fiscalYear() + " / is not an " + tool
                    + " question of FY" + catalog.fiscalYear());
        }
        return new ColumnMatch(index, header, ColumnMatch.Kind.QUESTION, normal.get(), sub, how);
    }

    /** The first token that reads as an IIT/EIT code; a bare number counts only after ข้อ ("ข้อ 12" → the tool's i12/e12). */
    static Optional<String> codeIn(String header, Tool tool) {
        String[] tokens = TOKEN_SPLIT.split(ThaiNumbers.arabicDigits(header).strip());
        for (int j = 0; j < tokens.length; j++) {
            String t = tokens[j];
            boolean afterKho = true;
            if ((t.equals("ข้อ") || t.equals("ข้อที่")) && j + 1 < tokens.length) {
                t = tokens[j + 1];
            } else if (t.startsWith("ข้อที่")) {
                t = t.substring("ข้อที่".length());
            } else if (t.startsWith("ข้อ")) {
                t = t.substring("ข้อ".length());
            } else {
                afterKho = false;
            }
            if (afterKho && t.matches("[0-9]{1,2}\\.?")) {
                return ItemCodes.normalise(t, tool);
            }
            Matcher sub = SUB_ITEM.matcher(t);
            if (sub.matches()) {
                return Optional.of(sub.group(1).toLowerCase(Locale.ROOT) + "." + sub.group(2));
            }
            if (!t.isEmpty() && "iIeE".indexOf(t.charAt(0)) >= 0) {
                Optional<String> code = ItemCodes.normalise(t, null);
                if (code.isPresent()) {
                    return code;
                }
            }
        }
        return Optional.empty();
    }

    private ColumnMatch byText(int index, String header) {
        String h = textKey(header);
        if (h.length() < 10) {
            return null;
        }
        double best = 0;
        double second = 0;
        CatalogItem bestItem = null;
        for (CatalogItem item : catalog.items()) {
            if (item.tool() != tool) {
                continue;
            }
            double s = TextSimilarity.dice(h, textKey(item.textTh()));
            if (s > best) {
                second = best;
                best = s;
                bestItem = item;
            } else if (s > second) {
                second = s;
            }
        }
        if (bestItem == null || best < TEXT_MATCH || best - second < TEXT_LEAD) {
            return null;
        }
        return new ColumnMatch(index, header, ColumnMatch.Kind.QUESTION, bestItem.code(), null,
                String.format(Locale.ROOT, "ข้อความคำถาม (คล้าย %.2f) / question text (similarity %.2f)", best, best));
    }

    /** Letters only: no spaces, digits, punctuation or the form's own numbering. */
    static String textKey(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** Columns claiming the same question (and sub-item) are all set aside: which one is right is not ours to guess. */
    private static List<ColumnMatch> duplicates(List<ColumnMatch> in) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (ColumnMatch c : in) {
            if (c.isQuestion()) {
                byKey.computeIfAbsent(c.code() + "#" + c.subItem(), k -> new ArrayList<>()).add(c.index());
            }
        }
        List<ColumnMatch> out = new ArrayList<>(in);
        byKey.values().stream().filter(cols -> cols.size() > 1).forEach(cols -> {
            String letters = String.join(", ", cols.stream().map(i -> in.get(i).letter()).toList());
            for (int i : cols) {
                ColumnMatch c = in.get(i);
                out.set(i, new ColumnMatch(i, c.header(), ColumnMatch.Kind.DUPLICATE, c.code(), c.subItem(),
                        "คอลัมน์ " + letters + " เป็น " + c.code() + " ทั้งหมด ไม่ใช้คอลัมน์ใดเลย (แก้หัวคอลัมน์หรือใช้ --map)"
                                + " / columns " + letters + " are all " + c.code() + ": none is used (fix the header or use --map)"));
            }
        });
        return out;
    }
}
