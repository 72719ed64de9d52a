package th.ita.insight.dashboard.web;

import io.javalin.http.Context;
import th.ita.insight.text.FiscalYears;
import th.ita.insight.text.Parsed;
import th.ita.insight.text.ThaiNumbers;

import java.util.Set;

/** Reads query parameters the way the batch reads numbers: Thai digits, BE or CE years; refuses the rest with 400. */
public final class Params {
    private static final int MAX_LENGTH = 200;

    private Params() {
    }

    /** An optional fiscal year (?year=2566, ๒๕๖๖ or 2023); null when absent. */
    public static Integer year(Context ctx) {
        String text = ctx.queryParam("year");
        if (text == null || text.isBlank()) {
            return null;
        }
        Parsed<Integer> year = FiscalYears.parse(limit(text));
        if (!year.isOk()) {
            throw new BadRequest("ปีงบประมาณ '" + Lang.abbreviate(text) + "' ไม่ถูกต้อง: " + year.problem().th(),
                    "year '" + Lang.abbreviate(text) + "' is not valid: " + year.problem().en());
        }
        return year.value();
    }

    /** An optional choice among fixed words (?level=total); the default when absent. */
    public static String oneOf(Context ctx, String name, Set<String> allowed, String fallback) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        if (!allowed.contains(text)) {
            throw new BadRequest(name + " ต้องเป็นหนึ่งใน " + allowed + " ไม่ใช่ '" + Lang.abbreviate(text) + "'",
                    name + " must be one of " + allowed + ", not '" + Lang.abbreviate(text) + "'");
        }
        return text;
    }

    /** An optional whole number within bounds (?indicator=3, ๓); null when absent. */
    public static Integer intIn(Context ctx, String name, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        Parsed<Double> p = ThaiNumbers.parse(limit(text));
        if (!p.isOk() || p.value() != Math.rint(p.value()) || p.value() < min || p.value() > max) {
            throw new BadRequest(name + " ต้องเป็นจำนวนเต็ม " + min + "–" + max + " ไม่ใช่ '" + Lang.abbreviate(text) + "'",
                    name + " must be a whole number " + min + "–" + max + ", not '" + Lang.abbreviate(text) + "'");
        }
        return p.value().intValue();
    }

    /** An optional item code (i7, E12, o๓๓), lower-cased; null when absent. */
    public static String itemCode(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        return itemCode(name, text);
    }

    public static String itemCode(String name, String text) {
        String code = ThaiNumbers.arabicDigits(limit(text.strip())).toLowerCase(java.util.Locale.ROOT);
        if (!code.matches("[ieo][0-9]{1,2}")) {
            throw new BadRequest(name + " ต้องเป็นรหัสข้อ เช่น i7, e12, o33 ไม่ใช่ '" + Lang.abbreviate(text) + "'",
                    name + " must be an item code such as i7, e12, o33, not '" + Lang.abbreviate(text) + "'");
        }
        return code;
    }

    /** A free-text search term, trimmed and limited in length. */
    public static String text(Context ctx, String name) {
        String text = ctx.queryParam(name);
        return text == null ? "" : limit(text.strip());
    }

    /** A score 0–100 written any way the batch accepts. */
    public static double score(String field, String text) {
        Parsed<Double> p = ThaiNumbers.parse(text);
        if (!p.isOk() || p.value() < 0 || p.value() > 100) {
            throw new BadRequest("คะแนนเป้าหมายของ " + Lang.abbreviate(field) + " ต้องเป็นตัวเลข 0–100",
                    "target for " + Lang.abbreviate(field) + " must be a number 0–100");
        }
        return p.value();
    }

    private static String limit(String s) {
        if (s.length() > MAX_LENGTH) {
            throw new BadRequest("ค่าพารามิเตอร์ยาวเกินไป", "parameter value too long");
        }
        return s;
    }
}
