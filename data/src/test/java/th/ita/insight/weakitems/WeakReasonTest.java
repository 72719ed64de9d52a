package th.ita.insight.weakitems;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every reason's words, filled in without String.format, read exactly as String.format fills them. */
class WeakReasonTest {
    @Test
    void every_reason_reads_as_string_format_would_write_it() {
        Object[][] argumentSets = {{}, {"85.00"}, {"91.20", "5.00"}, {"-0.01", "100.00"}};
        for (WeakReason reason : WeakReason.values()) {
            for (Object[] args : argumentSets) {
                long needed = reason.thTemplate().chars().filter(c -> c == '%').count();
                if (args.length < needed) {
                    continue;
                }
                assertEquals(String.format(Locale.ROOT, reason.thTemplate(), args), reason.th(args), reason + " th");
                assertEquals(String.format(Locale.ROOT, reason.enTemplate(), args), reason.en(args), reason + " en");
            }
        }
        assertEquals("more than 5.00 points below the peer median (91.20)", WeakReason.BELOW_PEERS.en("91.20", "5.00"));
    }
}
