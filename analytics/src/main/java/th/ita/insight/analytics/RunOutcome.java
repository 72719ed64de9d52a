package th.ita.insight.analytics;

import th.ita.insight.ingest.IngestResult;

import java.util.List;
import java.util.Map;

/**
 * How a batch run ended and what it counted.
 *
 * @param rejectsByReason reason code → count
 * @param files           how each input file was read
 * @param warnings        published figures more than 0.01 off their components
 */
public record RunOutcome(String runId, long rowsIn, long scoresLoaded, long rejected, long duplicatesCollapsed,
                         long rowsStored, long agencies, long totals, Map<String, Long> rejectsByReason,
                         List<IngestResult.FileStats> files, List<Warning> warnings) {

    /** A published figure that does not match its components (more than rounding apart). */
    public record Warning(String agency, int fiscalYear, String messageTh, String messageEn) {
    }

    /** 0 clean, 3 completed with rejects (DESIGN.md §5). */
    public int exitCode() {
        return rejected > 0 ? ExitCodes.COMPLETED_WITH_REJECTS : ExitCodes.OK;
    }
}
