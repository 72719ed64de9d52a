package th.ita.insight.dashboard.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing, per account and per address: five failures are free (people mistype), then
 * each further attempt waits twice as long as the last (30 s, 1 min, 2 min … at most 15 min). A quiet
 * quarter of an hour forgives the failures. Memory stays bounded: forgiven keys are dropped.
 */
public final class LoginThrottle {
    static final int FREE_FAILURES = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    static final Duration FORGIVE_AFTER = Duration.ofMinutes(15);
    private static final int PRUNE_ABOVE = 10_000;

    private record State(int failures, Instant last) {
    }

    private final Clock clock;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the key must still wait before another attempt; zero when it may try now. */
    public Duration waitFor(String key) {
        State s = current(key);
        if (s == null || s.failures() < FREE_FAILURES) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), s.last().plus(backoff(s.failures())));
        return left.isNegative() ? Duration.ZERO : left;
    }

    public void failure(String key) {
        Instant now = clock.instant();
        states.compute(key, (k, s) -> s == null || forgiven(s, now) ? new State(1, now) : new State(s.failures() + 1, now));
        if (states.size() > PRUNE_ABOVE) {
            states.values().removeIf(s -> forgiven(s, now));
        }
    }

    public void success(String key) {
        states.remove(key);
    }

    /** The wait after the n-th failure: none up to five, then 30 s doubling, capped. */
    static Duration backoff(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 10);
        Duration d = FIRST_WAIT.multipliedBy(1L << doublings);
        return d.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : d;
    }

    private State current(String key) {
        State s = states.get(key);
        return s == null || forgiven(s, clock.instant()) ? null : s;
    }

    private static boolean forgiven(State s, Instant now) {
        return now.isAfter(s.last().plus(backoff(s.failures())).plus(FORGIVE_AFTER));
    }
}
