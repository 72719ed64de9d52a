package th.ita.insight.dashboard.web;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The answer cache on a real Javalin server, wired as the dashboard wires it: a repeat is not computed
 * again, and requests that arrive while the same answer is being computed wait for it instead of
 * computing it side by side; an error answer is never handed to the others.
 */
class ResponseCacheTest {
    private static final int CONCURRENT = 16;
    /** ~25 kB of JSON that varies like real answers (compressors at different levels give different bytes). */
    private static final String BIG = big();

    private final AtomicInteger computed = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private Javalin app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    private String start(long cacheBytes) {
        ResponseCache cache = new ResponseCache(cacheBytes);
        app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.routes.before(ctx -> cache.before(ctx, "publish-1"));
            c.routes.after(cache::after);
            c.routes.get("/slow/{n}", ctx -> {
                computed.incrementAndGet();
                Thread.sleep(300); // long enough for every other request to arrive meanwhile
                ctx.contentType("text/plain").result("answer " + ctx.pathParam("n"));
            });
            c.routes.get("/big/json", ctx -> {
                computed.incrementAndGet();
                ctx.contentType("application/json").result(BIG);
            });
            c.routes.get("/failing", ctx -> {
                computed.incrementAndGet();
                Thread.sleep(300);
                if (failures.getAndIncrement() == 0) {
                    throw new IllegalStateException("first computation fails");
                }
                ctx.result("second try");
            });
            c.routes.exception(IllegalStateException.class, (e, ctx) -> ctx.status(500).result("error"));
        }).start("127.0.0.1", 0);
        return "http://127.0.0.1:" + app.port();
    }

    @Test
    void requests_arriving_while_an_answer_is_computed_wait_for_it() throws Exception {
        String base = start(1 << 20);
        List<HttpResponse<String>> answers = concurrently(base + "/slow/1");
        for (HttpResponse<String> r : answers) {
            assertEquals(200, r.statusCode());
            assertEquals("answer 1", r.body());
        }
        assertEquals(1, computed.get(), "computed once for " + CONCURRENT + " requests");
        concurrently(base + "/slow/2");
        concurrently(base + "/slow/1");
        assertEquals(2, computed.get(), "another URL is its own answer; a repeat comes from the cache");
    }

    @Test
    void an_error_is_not_handed_on_and_the_waiting_compute_their_own() throws Exception {
        String base = start(1 << 20);
        long started = System.nanoTime();
        List<HttpResponse<String>> answers = concurrently(base + "/failing");
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertEquals(1, answers.stream().filter(r -> r.statusCode() == 500).count(), "only the failed request fails");
        assertTrue(answers.stream().filter(r -> r.statusCode() == 200).allMatch(r -> r.body().equals("second try")));
        assertTrue(seconds < 10, "the waiting were released by the failure, not by their time limit: " + seconds + " s");
    }

    @Test
    void without_a_cache_every_request_computes() throws Exception {
        String base = start(0);
        concurrently(base + "/slow/1");
        assertEquals(CONCURRENT, computed.get());
    }

    @Test
    void a_text_answer_is_kept_gzipped_for_clients_that_accept_it() throws Exception {
        String base = start(1 << 20);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> first = http.send(gzipRequest(base + "/big/json", "gzip, deflate, br"),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> repeat = http.send(gzipRequest(base + "/big/json", "gzip, deflate, br"),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create(base + "/big/json")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<byte[]> refused = http.send(gzipRequest(base + "/big/json", "gzip;q=0, identity"),
                HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(1, computed.get(), "computed once, then served from the cache in either encoding");
        assertEquals("gzip", first.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals("gzip", repeat.headers().firstValue("Content-Encoding").orElse(""));
        assertArrayEquals(repeat.body(), first.body(), "the first request got the bytes kept, compressed once");
        assertEquals(BIG, gunzip(first.body()));
        assertEquals(BIG, gunzip(repeat.body()));
        assertTrue(repeat.body().length < BIG.getBytes(StandardCharsets.UTF_8).length / 4,
                "kept compressed: " + repeat.body().length + " bytes");
        assertEquals("Accept-Encoding", repeat.headers().firstValue("Vary").orElse(""));
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        assertEquals(BIG, plain.body());
        assertTrue(refused.headers().firstValue("Content-Encoding").isEmpty(), "q=0 refuses gzip");
        assertEquals(BIG, new String(refused.body(), StandardCharsets.UTF_8));
    }

    @Test
    void only_text_answers_of_some_size_are_kept_gzipped() {
        assertTrue(ResponseCache.compressible("application/json; charset=utf-8", 36_000));
        assertTrue(ResponseCache.compressible("text/html;charset=UTF-8", 5_000));
        assertFalse(ResponseCache.compressible("application/json", 900), "below Javalin's own threshold");
        assertFalse(ResponseCache.compressible("application/pdf", 170_000), "a compressed format already");
        assertFalse(ResponseCache.compressible(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 24_000_000));
        assertFalse(ResponseCache.compressible(null, 5_000));
    }

    @Test
    void accept_encoding_is_read_as_the_rfc_says() {
        assertTrue(ResponseCache.acceptsGzip("gzip, deflate, br, zstd"));
        assertTrue(ResponseCache.acceptsGzip("br;q=1.0, GZIP;q=0.5"));
        assertTrue(ResponseCache.acceptsGzip("*"));
        assertTrue(ResponseCache.acceptsGzip("gzip;q=0.001"));
        assertFalse(ResponseCache.acceptsGzip(null));
        assertFalse(ResponseCache.acceptsGzip("identity"));
        assertFalse(ResponseCache.acceptsGzip("gzip;q=0"));
        assertFalse(ResponseCache.acceptsGzip("gzip; q=0.000, *"));
        assertFalse(ResponseCache.acceptsGzip("*;q=0"));
        assertFalse(ResponseCache.acceptsGzip("x-gzip-like"));
    }

    private static String big() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        StringBuilder json = new StringBuilder("{\"rows\":[");
        for (int i = 0; i < 600; i++) {
            json.append("{\"question\":\"ข้อ i").append(1 + random.nextInt(30)).append("\",\"score\":")
                    .append(random.nextInt(10_000) / 100.0).append("},");
        }
        return json.append("{}]}").toString();
    }

    private static HttpRequest gzipRequest(String url, String acceptEncoding) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", acceptEncoding).build();
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<HttpResponse<String>> concurrently(String url) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < CONCURRENT; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
                }));
            }
            go.countDown();
            List<HttpResponse<String>> out = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
