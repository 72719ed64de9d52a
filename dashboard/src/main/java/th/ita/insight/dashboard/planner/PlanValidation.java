package th.ita.insight.dashboard.planner;

import th.ita.insight.text.Parsed;
import th.ita.insight.text.ThaiNumbers;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a plan item's fields as typed in the form or sent to the API, pure: every problem is collected
 * (Thai and English) so the user fixes them in one go; bad input is data, never an exception here.
 */
public final class PlanValidation {
    static final int MAX_TITLE = 500;
    static final int MAX_TEXT = 4000;
    static final int MAX_LINKS = 20;
    static final int MAX_CODES = 40;

    /** One thing to fix. */
    public record Problem(String field, String th, String en) {
    }

    /** Either a draft or the problems that prevent one. */
    public record Result(PlanDraft draft, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private PlanValidation() {
    }

    public static Result validate(Map<String, String> f) {
        List<Problem> p = new ArrayList<>();
        String title = text(f, "title", MAX_TITLE, p);
        if (title.isEmpty()) {
            p.add(new Problem("title", "ต้องระบุชื่อมาตรการ", "the measure needs a title"));
        }
        List<String> codes = codes(f.getOrDefault("questions", ""), p);
        LocalDate start = date(f, "start", p);
        LocalDate end = date(f, "end", p);
        if (start != null && end != null && end.isBefore(start)) {
            p.add(new Problem("end", "วันสิ้นสุดต้องไม่ก่อนวันเริ่ม", "the end date is before the start date"));
        }
        Double target = target(f.getOrDefault("target", ""), p);
        String statusText = f.getOrDefault("status", "");
        PlanStatus status = statusText.isBlank() ? PlanStatus.PLANNED : PlanStatus.parse(statusText).orElse(null);
        if (status == null) {
            p.add(new Problem("status", "สถานะต้องเป็น planned, in_progress, done หรือ dropped",
                    "the status must be planned, in_progress, done or dropped"));
        }
        List<String> links = links(f.getOrDefault("evidence", ""), p);
        PlanDraft draft = new PlanDraft(title, codes, text(f, "approach", MAX_TEXT, p), text(f, "responsible", MAX_TITLE, p),
                text(f, "steps", MAX_TEXT, p), start, end, target, status == null ? PlanStatus.PLANNED : status,
                text(f, "outcome", MAX_TEXT, p), links);
        return new Result(p.isEmpty() ? draft : null, List.copyOf(p));
    }

    /** A progress note: a date (ISO, CE or BE year) and a text. */
    public static List<Problem> note(String date, String text) {
        List<Problem> p = new ArrayList<>();
        if (parseDate(date) == null) {
            p.add(new Problem("noted_on", "วันที่ของบันทึกต้องอยู่ในรูป ปปปป-ดด-วว", "the note's date must be YYYY-MM-DD"));
        }
        if (text == null || text.isBlank()) {
            p.add(new Problem("text", "บันทึกความก้าวหน้าต้องมีข้อความ", "the progress note is empty"));
        } else if (text.length() > MAX_TEXT) {
            p.add(new Problem("text", "บันทึกยาวเกิน " + MAX_TEXT + " ตัวอักษร", "the note is longer than " + MAX_TEXT + " characters"));
        }
        return p;
    }

    /**
     * A date typed as YYYY-MM-DD with Thai or Arabic digits; a year above 2400 is Buddhist Era (the
     * form shows BE years, a browser's date picker sends CE).
     */
    public static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = ThaiNumbers.arabicDigits(text.strip());
        if (!s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        int year = Integer.parseInt(s.substring(0, 4));
        try {
            LocalDate d = LocalDate.parse((year > 2400 ? year - 543 : year) + s.substring(4));
            return d.getYear() < 1900 || d.getYear() > 2200 ? null : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An http(s) link with a host; anything else (javascript:, data:, relative) is refused. */
    public static boolean isWebLink(String text) {
        try {
            URI u = new URI(text);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null && !u.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String text(Map<String, String> f, String field, int max, List<Problem> p) {
        String v = f.getOrDefault(field, "");
        v = v == null ? "" : v.strip().replace("\r\n", "\n");
        if (v.length() > max) {
            p.add(new Problem(field, field + " ยาวเกิน " + max + " ตัวอักษร", field + " is longer than " + max + " characters"));
            return v.substring(0, max);
        }
        return v;
    }

    private static List<String> codes(String text, List<Problem> p) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String part : ThaiNumbers.arabicDigits(text == null ? "" : text).split("[\\s,;]+")) {
            String code = part.strip().toLowerCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            if (!code.matches("[ieo][0-9]{1,2}")) {
                p.add(new Problem("questions", "'" + abbreviate(part) + "' ไม่ใช่รหัสข้อ (เช่น i7, e12, o33)",
                        "'" + abbreviate(part) + "' is not an item code (such as i7, e12, o33)"));
                continue;
            }
            out.add(code);
        }
        if (out.size() > MAX_CODES) {
            p.add(new Problem("questions", "เชื่อมได้ไม่เกิน " + MAX_CODES + " ข้อ", "at most " + MAX_CODES + " linked items"));
        }
        return List.copyOf(out);
    }

    private static LocalDate date(Map<String, String> f, String field, List<Problem> p) {
        String v = f.getOrDefault(field, "");
        if (v == null || v.isBlank()) {
            return null;
        }
        LocalDate d = parseDate(v);
        if (d == null) {
            p.add(new Problem(field, "วันที่ '" + abbreviate(v) + "' ต้องอยู่ในรูป ปปปป-ดด-วว",
                    "date '" + abbreviate(v) + "' must be YYYY-MM-DD"));
        }
        return d;
    }

    private static Double target(String text, List<Problem> p) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Parsed<Double> v = ThaiNumbers.parse(text.strip());
        if (!v.isOk() || v.value() < 0 || v.value() > 100) {
            p.add(new Problem("target", "คะแนนเป้าหมายต้องเป็นตัวเลข 0–100", "the target score must be a number 0–100"));
            return null;
        }
        return v.value();
    }

    private static List<String> links(String text, List<Problem> p) {
        List<String> out = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("[\\s]+")) {
            String link = line.strip();
            if (link.isEmpty()) {
                continue;
            }
            if (link.length() > 1000 || !isWebLink(link)) {
                p.add(new Problem("evidence", "หลักฐาน '" + abbreviate(link) + "' ต้องเป็นลิงก์ http:// หรือ https://",
                        "evidence '" + abbreviate(link) + "' must be an http:// or https:// link"));
                continue;
            }
            out.add(link);
        }
        if (out.size() > MAX_LINKS) {
            p.add(new Problem("evidence", "ลิงก์หลักฐานได้ไม่เกิน " + MAX_LINKS + " รายการ", "at most " + MAX_LINKS + " evidence links"));
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
