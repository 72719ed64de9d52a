package th.ita.insight.dashboard.auth;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoginThrottleTest {
    /** A clock the test moves by hand. */
    private static final class Manual extends Clock {
        Instant now = Instant.parse("2025-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void five_failures_are_free_then_the_wait_doubles_up_to_a_cap() {
        assertEquals("0 0 0 0 30 60 120 240 480 900 900", java.util.stream.IntStream.rangeClosed(1, 11)
                .mapToObj(n -> String.valueOf(LoginThrottle.backoff(n).toSeconds()))
                .reduce((a, b) -> a + " " + b).orElseThrow());
    }

    @Test
    void a_locked_key_waits_then_may_try_and_success_forgets_it() {
        Manual clock = new Manual();
        LoginThrottle t = new LoginThrottle(clock);
        for (int i = 0; i < 4; i++) {
            t.failure("account:a");
        }
        assertEquals(Duration.ZERO, t.waitFor("account:a"));
        t.failure("account:a");
        assertEquals(Duration.ofSeconds(30), t.waitFor("account:a"));
        assertEquals(Duration.ZERO, t.waitFor("account:b"), "other accounts are not affected");
        clock.now = clock.now.plusSeconds(31);
        assertEquals(Duration.ZERO, t.waitFor("account:a"));
        t.failure("account:a");
        assertEquals(Duration.ofSeconds(60), t.waitFor("account:a"));
        t.success("account:a");
        assertEquals(Duration.ZERO, t.waitFor("account:a"));
    }

    @Test
    void a_quiet_quarter_of_an_hour_forgives_old_failures() {
        Manual clock = new Manual();
        LoginThrottle t = new LoginThrottle(clock);
        for (int i = 0; i < 5; i++) {
            t.failure("ip:1");
        }
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        t.failure("ip:1");
        assertEquals(Duration.ZERO, t.waitFor("ip:1"), "counting starts again");
    }
}
