package th.ita.insight.dashboard.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Remembers successful GET answers per publish. A published database never changes (a new publish is a
 * new file), so an answer is a pure function of the publish and the URL: the second request for a page
 * costs no query. Bounded by bytes; a new publish drops everything of the old one. Requests for an answer
 * that is being computed wait for it instead of computing it again: 64 connections opening the same
 * page at once run its queries once, not 64 times side by side (which at national size also ran DuckDB
 * out of its memory limit).
 *
 * <p>A text answer is also kept gzipped, compressed once when it is stored: a browser (which always
 * accepts gzip) gets those bytes as they are, instead of Javalin compressing the same answer again on
 * every request — an agency's scores answer is ~36 kB of JSON and ~5 kB gzipped.
 */
public final class ResponseCache {
    private static final String HIT = "ita.cache-hit";
    private static final String KEY = "ita.cache-key";
    private static final String LEADER = "ita.cache-leader";
    /** How long a request waits for the same answer being computed before computing it itself. */
    private static final long WAIT_SECONDS = 20;
    /** Headers a handler sets about its own answer (a download's name, its caching rule). */
    private static final List<String> KEPT_HEADERS = List.of("Content-Disposition", "Cache-Control");
    /** Javalin's own threshold: smaller answers are sent as they are. */
    private static final int MIN_GZIP_BYTES = 1500;

    private final long maxBytes;
    private final Cache<String, Entry> cache;
    private final AtomicReference<String> publish = new AtomicReference<>("");
    /** Answers being computed, by key; completed with the entry kept, or null when none was. */
    private final ConcurrentHashMap<String, CompletableFuture<Entry>> inFlight =
            new ConcurrentHashMap<>();

    /** What a handler sets about its answer; the security headers are set for every request anyway. */
    private record Entry(String contentType, Map<String, String> headers, byte[] body, byte[] gzipped) {
        int weight() {
            return body.length + (gzipped == null ? 0 : gzipped.length);
        }
    }

    public ResponseCache(long maxBytes) {
        this.maxBytes = maxBytes;
        this.cache = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((String k, Entry e) -> k.length() + e.weight()).build();
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
        if (hit == null) {
            CompletableFuture<Entry> mine = new CompletableFuture<>();
            CompletableFuture<Entry> running = inFlight.putIfAbsent(key, mine);
            if (running == null) {
                ctx.attribute(LEADER, mine);
            } else {
                hit = await(running);
            }
        }
        if (hit != null) {
            ctx.attribute(HIT, true);
            ctx.contentType(hit.contentType());
            hit.headers().forEach(ctx::header);
            answer(ctx, hit);
            ctx.skipRemainingHandlers();
            return;
        }
        ctx.attribute(KEY, key);
    }

    /** After the endpoint: keep a 200 answer that was computed for this request, and hand it to those waiting. */
    public void after(Context ctx) throws IOException {
        CompletableFuture<Entry> leader = ctx.attribute(LEADER);
        Entry kept = null;
        try {
            kept = keep(ctx);
        } finally {
            if (leader != null) {
                inFlight.remove(ctx.<String>attribute(KEY), leader);
                leader.complete(kept);
            }
        }
    }

    private Entry keep(Context ctx) throws IOException {
        String key = ctx.attribute(KEY);
        if (key == null || ctx.attribute(HIT) != null || ctx.status().getCode() != 200) {
            return null;
        }
        InputStream result = ctx.resultInputStream();
        if (result == null) {
            return null;
        }
        byte[] body = result.readAllBytes();
        ctx.result(body);
        if (!key.startsWith(publish.get() + ' ')) {
            return null; // computed from a publish replaced meanwhile: it would only take the new one's room
        }
        Map<String, String> headers = new HashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = ctx.res().getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        String contentType = ctx.res().getContentType();
        Entry entry = new Entry(contentType, Map.copyOf(headers), body,
                compressible(contentType, body.length) ? gzip(body) : null);
        cache.put(key, entry);
        answer(ctx, entry); // the first request too gets the bytes just compressed, not a second compression
        return entry;
    }

    /** The kept body, gzipped for a client that accepts it; set before it is written, so Javalin does not compress it again. */
    private static void answer(Context ctx, Entry entry) {
        if (entry.gzipped() == null) {
            ctx.result(entry.body());
        } else if (acceptsGzip(ctx.header("Accept-Encoding"))) {
            ctx.header("Content-Encoding", "gzip").header("Vary", "Accept-Encoding").result(entry.gzipped());
        } else {
            ctx.header("Vary", "Accept-Encoding").result(entry.body());
        }
    }

    /** The answer another request is computing; null if it kept none (an error page) or took too long. */
    private static Entry await(CompletableFuture<Entry> running) {
        try {
            return running.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /** Whether an Accept-Encoding header admits gzip: named, or by {@code *}, without {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Boolean byWildcard = null;
        for (String part : acceptEncoding.split(",")) {
            String[] tokens = part.trim().split(";");
            String coding = tokens[0].trim();
            boolean refused = false;
            for (int i = 1; i < tokens.length; i++) {
                refused |= tokens[i].replace(" ", "").matches("(?i)q=0(\\.0{0,3})?");
            }
            if (coding.equalsIgnoreCase("gzip")) {
                return !refused;
            }
            if (coding.equals("*")) {
                byWildcard = !refused;
            }
        }
        return Boolean.TRUE.equals(byWildcard);
    }

    /** Text answers only: spreadsheets, documents and PDFs are compressed formats already. */
    static boolean compressible(String contentType, int length) {
        if (contentType == null || length < MIN_GZIP_BYTES) {
            return false;
        }
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("text/") || type.startsWith("application/json")
                || type.startsWith("application/javascript") || type.startsWith("image/svg+xml");
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION); // once per answer, then sent many times
            }
        }) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public long size() {
        return cache.estimatedSize();
    }
}
