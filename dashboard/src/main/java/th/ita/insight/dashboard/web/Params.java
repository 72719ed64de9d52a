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
