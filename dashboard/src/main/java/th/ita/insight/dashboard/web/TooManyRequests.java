package th.ita.insight.dashboard.web;

import java.time.Duration;

/** Too many failed logins: answered 429 with Retry-After. */
public final class TooManyRequests extends RuntimeException {
    private final String messageTh;
    private final Duration retryAfter;

    public TooManyRequests(Duration retryAfter) {
        super("too many failed logins: try again in " + seconds(retryAfter) + " s");
        this.messageTh = "เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป กรุณาลองใหม่ในอีก " + seconds(retryAfter) + " วินาที";
        this.retryAfter = retryAfter;
    }

    public String messageTh() {
        return messageTh;
    }

    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }
}
