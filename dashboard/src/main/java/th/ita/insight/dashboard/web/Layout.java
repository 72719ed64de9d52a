package th.ita.insight.dashboard.web;

import io.javalin.http.Context;
import th.ita.insight.text.Language;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static th.ita.insight.dashboard.web.Html.escape;

/**
 * The frame every page shares: head, header with the language toggle, scripts. The toggle keeps the
 * page and every filter of the current URL, so switching language never loses the view.
 */
public final class Layout {
    private Layout() {
    }

    /** Opens a page up to the start of its main content. */
    public static StringBuilder open(String title, Language lang, String toggleHref) {
        StringBuilder h = new StringBuilder(32_768);
        h.append("<!doctype html><html lang=\"").append(code(lang)).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").append(escape(title))
                .append(" — ITA Insight</title><link rel=\"stylesheet\" href=\"/static/app.css\"><link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\"><script src=\"/static/scroll.js\" defer></script></head><body><header><h1>")
                .append("<a href=\"/?lang=").append(code(lang)).append("\">ITA Insight</a></h1><nav><a href=\"/trends?lang=")
                .append(code(lang)).append("\">").append(lang.pick("แนวโน้มระดับประเทศ", "National trends")).append("</a> ")
                .append("<a id=\"account\" href=\"/login?lang=").append(code(lang)).append("\">")
                .append(lang.pick("บัญชีผู้ใช้", "Account")).append("</a> ")
                .append("<a id=\"lang-toggle\" href=\"").append(escape(toggleHref)).append("\">")
                .append(lang == Language.TH ? "English" : "ภาษาไทย").append("</a></nav></header><main>");
        return h;
    }

    /** Closes main and the page, loading ECharts from the WebJar when the page draws charts. */
    public static String close(StringBuilder h, boolean charts, String... scripts) {
        h.append("</main>");
        if (charts) {
            h.append("<script src=\"/webjars/echarts/5.5.0/echarts.min.js\"></script>");
        }
        for (String s : scripts) {
            h.append("<script src=\"/static/").append(s).append("\"></script>");
        }
        return h.append("</body></html>").toString();
    }

    /** The current URL with lang flipped and every other parameter kept, in order. */
    public static String toggleHref(Context ctx, Language lang) {
        StringBuilder q = new StringBuilder();
        for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
            if (p.getKey().equals("lang")) {
                continue;
            }
            for (String v : p.getValue()) {
                q.append(q.isEmpty() ? "?" : "&").append(enc(p.getKey())).append('=').append(enc(v));
            }
        }
        q.append(q.isEmpty() ? "?" : "&").append("lang=").append(lang == Language.TH ? "en" : "th");
        return ctx.path() + q;
    }

    public static String code(Language lang) {
        return lang == Language.TH ? "th" : "en";
    }

    /** A path or query part, encoded (spaces as %20 so Thai province names stay readable in links). */
    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
