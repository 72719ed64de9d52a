package th.ita.insight.dashboard;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.ita.insight.dashboard.agency.AgencyRepository;
import th.ita.insight.dashboard.agency.AgencyRoutes;
import th.ita.insight.dashboard.agency.AgencyApi;
import th.ita.insight.dashboard.agency.AgencyYears;
import th.ita.insight.dashboard.analysis.AnalysisApi;
import th.ita.insight.dashboard.analysis.PeerGroupApi;
import th.ita.insight.dashboard.auth.AdminRoutes;
import th.ita.insight.dashboard.auth.AuthFilter;
import th.ita.insight.dashboard.auth.LoginRoutes;
import th.ita.insight.dashboard.auth.LoginThrottle;
import th.ita.insight.dashboard.auth.PasswordHasher;
import th.ita.insight.dashboard.auth.Sessions;
import th.ita.insight.dashboard.auth.UserRepository;
import th.ita.insight.dashboard.export.ExportRoutes;
import th.ita.insight.dashboard.export.O43Routes;
import th.ita.insight.dashboard.planner.PlanOffers;
import th.ita.insight.dashboard.planner.PlanRepository;
import th.ita.insight.dashboard.planner.PlanRoutes;
import th.ita.insight.dashboard.planner.PlanStore;
import th.ita.insight.dashboard.web.Conflict;
import th.ita.insight.dashboard.web.Forbidden;
import th.ita.insight.dashboard.web.LoginRequired;
import th.ita.insight.dashboard.web.TooManyRequests;
import th.ita.insight.dashboard.web.BadRequest;
import th.ita.insight.dashboard.web.Lang;
import th.ita.insight.dashboard.web.NotFound;
import th.ita.insight.dashboard.web.ResponseCache;
import th.ita.insight.dashboard.web.Rows;

import java.time.Clock;
import java.util.Map;

/**
 * The dashboard: a Javalin server that reads the published DuckDB file only. Errors are mapped here,
 * in one place: a user's mistake is a 4xx with a message, anything else a bare 500 and a log line.
 */
public final class DashboardServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardServer.class);
    /** No inline scripts anywhere: pages load their JS from /static and /webjars. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /**
     * Largest request body read (forms, JSON): the biggest real one, a plan item with long texts, is a few kB.
     * Javalin enforces it while reading, announced length or chunked; headers are held to Jetty's 8 kB (431).
     */
    static final long MAX_BODY_BYTES = 1L << 20;

    /** Names the publish (run_info.run_id) every answer was computed from. */
    public static final String RUN_HEADER = "X-ITA-Run";

    /** Set on a request whose error answer we wrote, so the 404 fallback leaves it alone. */
    private static final String OWN_ERROR = "ita.error-written";
    static final int DEFAULT_THREADS = 32;

    private final Javalin app;
    private final PublishedDatabase db;
    private final PlanStore plans;

    private DashboardServer(Javalin app, PublishedDatabase db, PlanStore plans) {
        this.app = app;
        this.db = db;
        this.plans = plans;
    }

    public static DashboardServer create(DashboardConfig config) {
        PlanStore store;
        try {
            store = PlanStore.open(config.plans());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        try {
            return create(config, store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static DashboardServer create(DashboardConfig config, PlanStore store) {
        PublishedDatabase db = new PublishedDatabase(config.db(), config.reloadCheck());
        UserRepository users = new UserRepository(store, new PasswordHasher());
        PlanRepository planRepository = new PlanRepository(store);
        Sessions sessions = new Sessions(Clock.systemUTC());
        LoginThrottle throttle = new LoginThrottle(Clock.systemUTC());
        AuthFilter auth = new AuthFilter(sessions, users, config.readAccess(),
                th.ita.insight.dashboard.auth.TrustedProxies.of(config.trustedProxies()));
        AgencyRepository agencies = new AgencyRepository(db);
        Rows rows = new Rows(db);
        AgencyYears lookup = new AgencyYears(rows);
        ResponseCache cache = new ResponseCache(config.cacheBytes());
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.jsonMapper(new JavalinJackson());
            c.http.maxRequestSize = MAX_BODY_BYTES;
            c.jetty.threadPool = threadPool();
            // Requests Jetty refuses itself (a 20 kB URL: 414) never reach the before-handlers below.
            c.jetty.modifyServer(server -> server.setErrorHandler(new th.ita.insight.dashboard.web.ProtocolErrorHeaders(
                    Map.of("Content-Security-Policy", CSP, "X-Content-Type-Options", "nosniff"))));
            c.staticFiles.enableWebjars();
            c.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = "/static";
            });
            // First of all: pin the request to one publish, so its ETag, cache key, run header and every
            // query come from the same file even if a new publish lands meanwhile (no mixed answers).
            c.routes.before(ctx -> db.pin().ifPresent(p -> ctx.header(RUN_HEADER, p.runId())));
            c.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", CSP);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "same-origin");
                // Javalin gzips an answer for a client that accepts it, the answer cache sends kept gzipped bytes:
                // a shared cache in between must keep the two encodings apart.
                ctx.header("Vary", "Accept-Encoding");
            });
            c.routes.before(auth::before);
            c.routes.before("/api/*", ctx -> {
                // Repeated dashboard traffic costs no query: an unchanged publish answers 304 (plans change
                // without a publish, so their answers never carry the publish's ETag).
                if (ctx.method() == io.javalin.http.HandlerType.GET && cacheable(ctx)) {
                    String etag = "\"" + db.version() + "\"";
                    ctx.header("ETag", etag);
                    ctx.header("Cache-Control", "no-cache");
                    if (etag.equals(ctx.header("If-None-Match"))) {
                        throw new NotModified();
                    }
                }
            });
            c.routes.before(ctx -> {
                if (cacheable(ctx)) {
                    cache.before(ctx, db.version());
                }
            });
            c.routes.after(cache::after);
            c.routes.after(ctx -> db.unpin());
            c.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
            // Browsers ask for /favicon.ico on their own (error pages included); answer instead of logging a 404.
            c.routes.get("/favicon.ico", ctx -> ctx.redirect("/static/favicon.svg", HttpStatus.MOVED_PERMANENTLY));
            AgencyRoutes.register(c, agencies, rows, lookup);
            AgencyApi.register(c, rows, lookup);
            AnalysisApi.register(c, rows, lookup, new PlanOffers(planRepository));
            PeerGroupApi.register(c, rows);
            th.ita.insight.dashboard.scores.ScoreRoutes.register(c, rows, lookup);
            th.ita.insight.dashboard.trends.TrendRoutes.register(c, rows);
            ExportRoutes.register(c, agencies, rows, lookup);
            LoginRoutes.register(c, sessions, users, throttle);
            AdminRoutes.register(c, users, store);
            PlanRoutes.register(c, rows, lookup, planRepository);
            O43Routes.register(c, rows, lookup, planRepository);
            th.ita.insight.dashboard.selfassessment.SelfAssessmentRoutes.register(c, rows, lookup);
            c.routes.exception(NotModified.class, (e, ctx) -> ctx.status(HttpStatus.NOT_MODIFIED).result(""));
            c.routes.exception(BadRequest.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST,
                    language(ctx).pick(e.messageTh(), e.getMessage())));
            c.routes.exception(NotFound.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND,
                    language(ctx).pick(e.messageTh(), e.getMessage())));
            c.routes.exception(Forbidden.class, (e, ctx) -> error(ctx, HttpStatus.FORBIDDEN,
                    language(ctx).pick(e.messageTh(), e.getMessage())));
            c.routes.exception(Conflict.class, (e, ctx) -> error(ctx, HttpStatus.CONFLICT,
                    language(ctx).pick(e.messageTh(), e.getMessage())));
            c.routes.exception(TooManyRequests.class, (e, ctx) -> {
                ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
                error(ctx, HttpStatus.TOO_MANY_REQUESTS, language(ctx).pick(e.messageTh(), e.getMessage()));
            });
            c.routes.exception(LoginRequired.class, (e, ctx) -> {
                if (ctx.path().startsWith("/api/")) {
                    error(ctx, HttpStatus.UNAUTHORIZED, language(ctx).pick("ต้องเข้าสู่ระบบ", "login required"));
                } else {
                    ctx.attribute(OWN_ERROR, true);
                    String here = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
                    ctx.redirect("/login?next=" + th.ita.insight.dashboard.web.Layout.enc(here), HttpStatus.SEE_OTHER);
                }
            });
            // Javalin answers an oversized body itself (while reading it, before any handler of ours sees it).
            c.routes.error(413, ctx -> error(ctx, HttpStatus.CONTENT_TOO_LARGE,
                    language(ctx).pick("คำขอใหญ่เกินไป: เนื้อหาคำขอรับได้ไม่เกิน 1 MB", "request too large: a request body may be at most 1 MB")));
            c.routes.exception(PublishedDatabase.NotPublishedException.class,
                    (e, ctx) -> error(ctx, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
            c.routes.exception(Exception.class, (e, ctx) -> {
                if (e instanceof java.sql.SQLException && String.valueOf(e.getMessage()).startsWith("Out of Memory Error")) {
                    // DuckDB's memory limit (-Dita.duckdb.memory) was reached: the server is fine, the request too big now.
                    LOG.warn("request {} {} refused: {}", ctx.method(), ctx.path(), e.getMessage().lines().findFirst().orElse(""));
                    ctx.header("Retry-After", "30");
                    error(ctx, HttpStatus.SERVICE_UNAVAILABLE, language(ctx).pick(
                            "หน่วยความจำของเซิร์ฟเวอร์ไม่พอสำหรับคำขอนี้ในขณะนี้ ลองใหม่ภายหลัง",
                            "the server has not enough memory for this request right now; try again later"));
                    return;
                }
                LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error (ข้อผิดพลาดภายใน)");
            });
            c.routes.error(404, ctx -> {
                // Our own 404s already carry a message; Javalin's unknown-route answer is plain text, replaced here.
                if (ctx.attribute(OWN_ERROR) == null) {
                    error(ctx, HttpStatus.NOT_FOUND, "not found (ไม่พบหน้านี้): " + ctx.path());
                }
            });
        });
        return new DashboardServer(app, db, store);
    }

    /**
     * Request threads: {@value #DEFAULT_THREADS} unless {@code -Dita.server.threads} says otherwise (8 at least).
     * Jetty's default of 250 suits blocking work on many cores; here most answers come from the cache in
     * microseconds and DuckDB runs on one thread, so under 256 connections 250 threads only took turns on
     * two cores and each kept its own stack and malloc arena (national publish: 290 threads, 505 MB RSS).
     */
    static org.eclipse.jetty.util.thread.QueuedThreadPool threadPool() {
        int threads = Math.max(8, Integer.getInteger("ita.server.threads", DEFAULT_THREADS));
        org.eclipse.jetty.util.thread.QueuedThreadPool pool = new org.eclipse.jetty.util.thread.QueuedThreadPool(
                threads, Math.min(8, threads));
        pool.setName("ita-http");
        return pool;
    }

    /**
     * Answers that are a pure function of the URL and the publish: not static files, not the health check,
     * and nothing that depends on the plans file or on who asks (any request with a session cookie, any
     * planner path), so a plan edit is visible at once and no one is served another account's page.
     */
    static boolean cacheable(io.javalin.http.Context ctx) {
        String path = ctx.path();
        return !path.startsWith("/static/") && !path.startsWith("/webjars/") && !path.equals("/health")
                && !path.equals("/favicon.ico") && ctx.cookie(Sessions.COOKIE) == null && !plannerPath(path);
    }

    /** Pages and API answers drawn from the plans file or about accounts. */
    static boolean plannerPath(String path) {
        return path.equals("/login") || path.equals("/logout") || path.startsWith("/admin/") || path.equals("/coverage")
                || path.matches("/agency/[^/]+/(plan|plan/.*|o43\\.(docx|pdf))") || path.matches("/api/agencies/[^/]+/plans(/.*)?");
    }

    /** The language asked for, or Thai when the request's lang parameter is itself the problem. */
    private static th.ita.insight.text.Language language(io.javalin.http.Context ctx) {
        try {
            return Lang.of(ctx);
        } catch (BadRequest e) {
            return th.ita.insight.text.Language.TH;
        }
    }

    /** Thrown by the ETag check to end a request with 304 before any query runs. */
    private static final class NotModified extends RuntimeException {
        NotModified() {
            super(null, null, false, false);
        }
    }

    /** JSON for the API, a small readable page for a person. */
    private static void error(io.javalin.http.Context ctx, HttpStatus status, String message) {
        ctx.attribute(OWN_ERROR, true);
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(Map.of("status", status.getCode(), "error", message));
            return;
        }
        th.ita.insight.text.Language lang = language(ctx);
        ctx.html("<!doctype html><html lang=\"" + (lang == th.ita.insight.text.Language.TH ? "th" : "en")
                + "\"><head><meta charset=\"utf-8\"><title>ITA Insight</title><link rel=\"stylesheet\" "
                + "href=\"/static/app.css\"><link rel=\"icon\" href=\"/static/favicon.svg\"></head><body><header><h1><a href=\"/\">ITA Insight</a></h1></header><main>"
                + "<p class=\"empty\" id=\"error\">" + th.ita.insight.dashboard.web.Html.escape(message) + "</p><p><a href=\"/\">"
                + lang.pick("กลับหน้ารายชื่อหน่วยงาน", "Back to the agencies") + "</a></p></main></body></html>");
    }

    public DashboardServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    /** Every endpoint as "METHOD /path/{param}", sorted: the tests that must cover every route read it here. */
    public java.util.List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream().map(h -> h.endpoint)
                .filter(e -> e.method.isHttpMethod()).map(e -> e.method.name() + " " + e.path).distinct().sorted().toList();
    }

    @Override
    public void close() {
        app.stop();
        db.close();
        plans.close();
    }
}
