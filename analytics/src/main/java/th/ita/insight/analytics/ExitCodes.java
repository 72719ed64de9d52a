package th.ita.insight.analytics;

/** The batch's exit codes; scripts and CI rely on them. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int FATAL_INPUT = 2;
    public static final int COMPLETED_WITH_REJECTS = 3;

    private ExitCodes() {
    }
}
