package th.ita.insight.dashboard.export;

import io.javalin.http.Context;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Marks an answer as a file to save: its type and a file name (ASCII, plus the UTF-8 form for Thai). */
final class Downloads {
    private Downloads() {
    }

    static void attach(Context ctx, ExportFormat format, String stem, String displayName) {
        String file = stem + "." + format.extension;
        String display = displayName == null ? file : displayName + "." + format.extension;
        ctx.contentType(format.contentType);
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"; filename*=UTF-8''"
                + URLEncoder.encode(display, StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.header("Cache-Control", "no-store");
    }
}
