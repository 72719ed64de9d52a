package th.ita.insight.dashboard.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Remembers successful GET answers per publish. A published database never changes (a new publish is a
 * new file), so an answer is a pure function of the publish and the URL: the second request for a page
 * costs no query. Bounded by bytes; a new publish drops everything of the old one.
 */
public final class ResponseCache {
    private static final String HIT = "ita.cache-hit";
    private static final String KEY = "ita.cache-key";
    /** Headers a handler sets about its own answer (a download's name, its caching rule). */
    private static final java.util.List<String> KEPT_HEADERS = java.util.List.of("Content-Disposition", "Cache-Control");

    private final long maxBytes;
    private final Cache<String, Entry> cache;
    private final AtomicReference<String> publish = new AtomicReference<>("");

    /** What a handler sets about its answer; the security headers are set for every request anyway. */
    private record Entry(String contentType, java.util.Map<String, String> headers, byte[] body) {
    }

    public ResponseCache(long maxBytes) {
        this.maxBytes = maxBytes;
        this.cache = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((String k, Entry e) -> k.length() + e.body().length).build();
    }

    /** Before the endpoint: answer from the cache and skip the endpoint, or note the key to fill after. */
    public void before(Context ctx, String version) {
        if (ctx.method() != HandlerType.GET || maxBytes == 0) {
            return;
        }
        if (!publish.get().equals(version) && !publish.getAndSet(version).equals(version)) {
            cache.invalidateAll();
        }
        String key = version + ' ' + ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        Entry hit = cache.getIfPresent(key);
        if (hit != null) {
            ctx.attribute(HIT, true);
            ctx.contentType(hit.contentType()).result(hit.body());
            hit.headers().forEach(ctx::header);
            ctx.skipRemainingHandlers();
            return;
        }
        ctx.attribute(KEY, key);
    }

    /** After the endpoint: keep a 200 answer that was computed for this request. */
    public void after(Context ctx) throws IOException {
        String key = ctx.attribute(KEY);
        if (key == null || ctx.attribute(HIT) != null || ctx.status().getCode() != 200) {
            return;
        }
        InputStream result = ctx.resultInputStream();
        if (result == null) {
            return;
        }
        byte[] body = result.readAllBytes();
        ctx.result(body);
        if (!key.startsWith(publish.get() + ' ')) {
            return; // computed from a publish replaced meanwhile: it would only take the new one's room
        }
        java.util.Map<String, String> headers = new java.util.HashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = ctx.res().getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        cache.put(key, new Entry(ctx.res().getContentType(), java.util.Map.copyOf(headers), body));
    }

    public long size() {
        return cache.estimatedSize();
    }
}
