package th.ita.insight.analytics.survey;

import th.ita.insight.catalog.Tool;
import th.ita.insight.text.Language;
import th.ita.insight.weakitems.WeakItemConfig;

import java.nio.file.Path;

/**
 * Everything {@code ./ita survey} is told, typed and fixed at the start.
 *
 * @param map        the --map file, or null
 * @param rejects    where the rejects report goes (default: beside the survey file, as private as it)
 * @param givenOit   an OIT score the user expects, or null for the latest official one
 * @param replicates bootstrap replicates behind the 90 % intervals
 */
public record SurveyOptions(Path input, String agencyId, int fiscalYear, Tool tool, Path db, Path map, Path rejects,
                            long seed, int replicates, Double givenOit, Language language, WeakItemConfig weakItems) {

    public static final long DEFAULT_SEED = 2566;
    public static final int DEFAULT_REPLICATES = 1000;

    /** The rejects report sits beside the survey file: it points into it, so it is kept with it. */
    public static Path defaultRejects(Path input) {
        return input.toAbsolutePath().resolveSibling(input.getFileName() + ".rejects.csv");
    }
}
