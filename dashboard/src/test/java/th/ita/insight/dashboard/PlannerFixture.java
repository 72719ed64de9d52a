package th.ita.insight.dashboard;

import th.ita.insight.dashboard.auth.NewAccount;
import th.ita.insight.dashboard.auth.PasswordHasher;
import th.ita.insight.dashboard.auth.UserRepository;
import th.ita.insight.dashboard.planner.PlanStore;
import th.ita.insight.store.AtomicPublisher;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The planner's test world: the sample's analytics republished into a temp folder through the batch's
 * atomic publisher (optionally without some catalog items), accounts of every role, and a cookie-keeping
 * HTTP client that signs in through the real login form.
 */
final class PlannerFixture {
    static final String PASSWORD = "correct horse battery";
    static final String NATHON = "องค์การบริหารส่วนตำบลนาทอน";

    private PlannerFixture() {
    }

    /** Copies every table of the sample into a new publish at {@code target}, dropping the catalog items named. */
    static void publishSample(Path target, String runId, Set<String> dropCodes) throws Exception {
        String source = SampleDatabase.require().toAbsolutePath().normalize().toString().replace("'", "''");
        AtomicPublisher.publish(target, runId, c -> {
            try (Statement st = c.createStatement()) {
                st.execute("ATTACH '" + source + "' AS src (READ_ONLY)");
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT table_name FROM duckdb_tables() WHERE database_name = 'src'")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                for (String t : tables) {
                    if (!t.equals("schema_version")) {
                        st.execute("INSERT INTO main." + t + " SELECT * FROM src." + t);
                    }
                }
                if (!dropCodes.isEmpty()) {
                    st.execute("DELETE FROM main.catalog_question WHERE code IN (" + dropCodes.stream().map(s -> "'" + s + "'")
                            .collect(Collectors.joining(",")) + ")");
                }
                st.execute("DETACH src");
            }
        });
    }

    /** The id of the agency with this Thai name in a published file. */
    static String agencyId(Path db, String nameTh) throws Exception {
        try (java.sql.Connection c = th.ita.insight.store.DuckDbStore.openReadOnly(db);
             java.sql.PreparedStatement ps = c.prepareStatement("SELECT agency_id FROM agency WHERE name_th = ?")) {
            ps.setString(1, nameTh);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** Adds accounts before the server opens the plans file (name → role, agency or province). */
    static void accounts(Path plans, List<NewAccount> accounts) throws Exception {
        try (PlanStore store = PlanStore.open(plans)) {
            UserRepository users = new UserRepository(store, new PasswordHasher());
            for (NewAccount a : accounts) {
                users.add("test", a);
            }
        }
    }

    static NewAccount account(String name, String role, String agency, Set<String> provinces) {
        return new NewAccount(name, role, agency, provinces, Set.of(), PASSWORD);
    }

    /** One person's browser without the browser: keeps cookies, reads the CSRF token off the pages. */
    static final class Client {
        private final String base;
        private final HttpClient http;

        Client(String base) {
            this.base = base;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<byte[]> bytes(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        HttpResponse<String> form(String path, Map<String, String> fields) throws Exception {
            String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> json(String method, String path, String json, String csrf) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
            if (csrf != null) {
                b.header("X-CSRF-Token", csrf);
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The token of this client's session, read off the login page like a browser would. */
        String csrf() throws Exception {
            Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(get("/login").body());
            return m.find() ? m.group(1) : null;
        }

        HttpResponse<String> login(String name, String password) throws Exception {
            String csrf = csrf();
            return form("/login", Map.of("csrf", csrf, "name", name, "password", password));
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
