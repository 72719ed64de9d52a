package th.ita.insight.analytics.publish;

import java.time.Instant;

/** The run_info row of a publish: which run, when, on what, with how many rows. */
public record RunInfo(String runId, Instant startedAt, String inputs, long rowsIn, long rowsLoaded,
                      long rowsRejected, long rowsStored, String catalogVersion, String appVersion) {
}
