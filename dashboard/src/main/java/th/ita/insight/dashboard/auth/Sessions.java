package th.ita.insight.dashboard.auth;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions kept in memory: a random id in an HttpOnly cookie, and per session its CSRF
 * token. A session without a user exists only to carry the login form's token. A restart signs
 * everyone out, which is acceptable for a dashboard that keeps no work in the session.
 */
public final class Sessions {
    public static final String COOKIE = "ita_session";
    static final Duration IDLE = Duration.ofHours(2);
    static final Duration ANONYMOUS_IDLE = Duration.ofMinutes(30);
    private static final int MAX_SESSIONS = 50_000;

    /** @param userName null for the anonymous session that carries the login form's token */
    public record Session(String id, String csrf, String userName, Instant lastSeen) {
        public boolean signedIn() {
            return userName != null;
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Map<String, Session> byId = new ConcurrentHashMap<>();

    public Sessions(Clock clock) {
        this.clock = clock;
    }

    public Session create(String userName) {
        Instant now = clock.instant();
        if (byId.size() >= MAX_SESSIONS) {
            byId.values().removeIf(s -> expired(s, now));
        }
        Session s = new Session(token(), token(), userName, now);
        byId.put(s.id(), s);
        return s;
    }

    /** The live session with this id, its idle clock restarted; null when unknown or expired. */
    public Session find(String id) {
        if (id == null || id.isEmpty()) {
            return null;
        }
        Session s = byId.get(id);
        if (s == null) {
            return null;
        }
        Instant now = clock.instant();
        if (expired(s, now)) {
            byId.remove(id);
            return null;
        }
        Session touched = new Session(s.id(), s.csrf(), s.userName(), now);
        byId.put(id, touched);
        return touched;
    }

    public void remove(String id) {
        if (id != null) {
            byId.remove(id);
        }
    }

    /** Compares in constant time, so a token cannot be guessed byte by byte from response times. */
    public static boolean csrfMatches(Session s, String submitted) {
        return s != null && submitted != null && MessageDigest.isEqual(s.csrf().getBytes(StandardCharsets.UTF_8),
                submitted.getBytes(StandardCharsets.UTF_8));
    }

    private boolean expired(Session s, Instant now) {
        return now.isAfter(s.lastSeen().plus(s.signedIn() ? IDLE : ANONYMOUS_IDLE));
    }

    private String token() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
