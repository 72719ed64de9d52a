package th.ita.insight.dashboard;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ThreadPoolTest {
    @AfterEach
    void clear() {
        System.clearProperty("ita.server.threads");
    }

    @Test
    void the_server_has_32_request_threads_unless_told_otherwise_and_never_fewer_than_8() {
        assertEquals(32, DashboardServer.threadPool().getMaxThreads());
        System.setProperty("ita.server.threads", "64");
        assertEquals(64, DashboardServer.threadPool().getMaxThreads());
        System.setProperty("ita.server.threads", "2");
        assertEquals(8, DashboardServer.threadPool().getMaxThreads());
    }
}
