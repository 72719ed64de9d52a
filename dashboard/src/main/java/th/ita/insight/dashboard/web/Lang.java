package th.ita.insight.dashboard.web;

import io.javalin.http.Context;
import th.ita.insight.text.Language;

/** The language of a request: ?lang=th|en, Thai when absent. */
public final class Lang {
    private Lang() {
    }

    public static Language of(Context ctx) {
        String lang = ctx.queryParam("lang");
        if (lang == null || lang.isBlank()) {
            return Language.TH;
        }
        return Language.parse(lang).orElseThrow(() ->
                new BadRequest("lang must be th or en (ภาษาต้องเป็น th หรือ en), not '" + abbreviate(lang) + "'"));
    }

    /** User input echoed in a message, cut short so a hostile value cannot fill the answer. */
    public static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
