package th.ita.insight.analytics;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The sample database the dashboard's tests read (hostile traffic among them), published by the real
 * batch. Tagged for the reliability suite, which runs only tagged tests and would otherwise lack it.
 */
@Tag("reliability")
class SampleFixtureTest {

    @Test
    void the_sample_is_published_as_one_complete_run_for_the_dashboard_tests() throws Exception {
        List<String> runs = Duck.query(SamplePublish.pristine(), "SELECT count(*) FROM run_info");
        assertEquals(List.of("1"), runs);
        assertEquals(List.of("73"), Duck.query(SamplePublish.DB, "SELECT count(*) FROM agency"));
    }
}
