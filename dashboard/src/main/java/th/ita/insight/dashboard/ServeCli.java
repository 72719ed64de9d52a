package th.ita.insight.dashboard;

import picocli.CommandLine;
import th.ita.insight.dashboard.auth.ReadAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code ita serve}: serves a published database until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, version = "ITA Insight dashboard 0.1",
        description = {"Serve the dashboard for a published DuckDB file (read-only).",
                "A new publish of the same file is picked up without a restart."})
public final class ServeCli implements Callable<Integer> {
    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The published DuckDB file.")
    Path db;

    @Option(names = "--port", defaultValue = "7070", paramLabel = "N",
            description = "TCP port; 0 picks a free one. Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDR",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only)")
    String host;

    @Option(names = "--cache-mb", defaultValue = DashboardConfig.DEFAULT_CACHE_MB, paramLabel = "MB",
            description = "Memory for remembered answers of the publish being served; 0 turns it off. Default: ${DEFAULT-VALUE}")
    long cacheMb;

    @Option(names = "--plans", paramLabel = "FILE",
            description = "The dashboard's own DuckDB file: accounts, plans, audit log (created when absent). "
                    + "Default: plans.duckdb beside --db")
    Path plans;

    @Option(names = "--read-access", defaultValue = "open", paramLabel = "open|login",
            description = "Who may read the analytics pages: open (everyone) or login (accounts only). "
                    + "Plans always need an account. Default: ${DEFAULT-VALUE}")
    String readAccess;

    @Option(names = "--trusted-proxy", split = ",", paramLabel = "ADDR",
            description = "IP address(es) of the TLS proxy in front of the dashboard: their X-Forwarded-Proto: https "
                    + "marks the session cookie Secure and adds HSTS, their X-Forwarded-For names the browser the "
                    + "sign-in throttle counts. Default: none (both headers are ignored)")
    java.util.List<String> trustedProxies = java.util.List.of();

    public static void main(String[] args) {
        System.exit(new CommandLine(new ServeCli()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        ReadAccess access = switch (readAccess.toLowerCase(java.util.Locale.ROOT)) {
            case "open" -> ReadAccess.OPEN;
            case "login" -> ReadAccess.LOGIN;
            default -> throw new CommandLine.ParameterException(new CommandLine(this), "--read-access must be open or login");
        };
        for (String proxy : trustedProxies) {
            try {
                th.ita.insight.dashboard.auth.TrustedProxies.literal(proxy);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--trusted-proxy: " + e.getMessage());
            }
        }
        Path plansFile = plans != null ? plans : DashboardConfig.defaultPlans(db);
        DashboardServer server = DashboardServer.create(new DashboardConfig(db, host, Duration.ofSeconds(1), cacheMb << 20,
                plansFile, access, java.util.Set.copyOf(trustedProxies))).start(host, port);
        System.out.println("ITA Insight plans file: " + plansFile.toAbsolutePath());
        String shown = host.equals("0.0.0.0") ? "localhost" : host;
        System.out.println("ITA Insight dashboard: http://" + shown + ":" + server.port() + "/");
        System.out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
