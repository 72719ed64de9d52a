package th.ita.insight.dashboard.web;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The answer cache on a real Javalin server, wired as the dashboard wires it: a repeat is not computed
 * again, and requests that arrive while the same answer is being computed wait for it instead of
 * computing it side by side; an error answer is never handed to the others.
 */
class ResponseCacheTest {
    private static final int CONCURRENT = 16;

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
