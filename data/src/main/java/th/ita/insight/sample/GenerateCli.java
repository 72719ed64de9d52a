package th.ita.insight.sample;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.text.FiscalYears;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code ./ita generate}: a synthetic national data set for scale tests and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic national ITA data set (one wide CSV per fiscal year with item scores,",
                "a long CSV of totals for the total-only years), deterministic for a seed. Sizes are printed."})
public final class GenerateCli implements Callable<Integer> {
    @Option(names = "--agencies", defaultValue = "8300", paramLabel = "N", description = "How many agencies. Default: ${DEFAULT-VALUE}")
    int agencies;

    @Option(names = "--years", defaultValue = "2561-2568", paramLabel = "FROM-TO",
            description = "Fiscal years (Buddhist era, Thai digits accepted). Default: ${DEFAULT-VALUE}")
    String years;

    @Option(names = "--seed", defaultValue = "2566", paramLabel = "N", description = "Random seed. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into (created if missing).")
    Path out;

    @Option(names = "--respondents", description = {"Also write the raw answers behind the last year's IIT and EIT question "
            + "scores: one questionnaire export per agency and tool (one row per respondent, Thai labels or 1–4 numbers, "
            + "as ./ita survey reads them) and an index.csv, in DIR/respondents/<year>/. The scores files are the same "
            + "with or without it."})
    boolean respondents;

    public static void main(String[] args) {
        System.exit(new CommandLine(new GenerateCli()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        String[] range = years.split("-");
        var from = FiscalYears.parse(range[0].strip());
        var to = FiscalYears.parse(range.length > 1 ? range[1].strip() : range[0].strip());
        if (!from.isOk() || !to.isOk() || from.value() > to.value() || agencies < 1) {
            System.err.println("generate: --years must be FROM-TO in Buddhist-era years (e.g. 2561-2568) and --agencies ≥ 1");
            return 2;
        }
        long start = System.nanoTime();
        NationalGenerator.Written w;
        try {
            w = new NationalGenerator(Catalogs.bundled(), seed).write(out, agencies, from.value(), to.value(), respondents);
        } catch (IllegalArgumentException e) {
            System.err.println("generate: " + e.getMessage());
            return 2;
        }
        for (Path f : w.files()) {
            System.out.println("  " + f);
        }
        NationalGenerator.Respondents r = w.respondents();
        if (r.files() > 0) {
            System.out.printf(Locale.ROOT, "  %s (FY%d: %,d questionnaire files, %,d respondents, %.1f MB; index.csv)%n",
                    r.dir(), r.year(), r.files(), r.rows(), r.bytes() / 1e6);
        }
        System.out.printf(Locale.ROOT, "generate: %d agencies, FY%d–%d, %d files, %,d data rows, %.1f MB in %.1f s%n", agencies,
                from.value(), to.value(), w.files().size(), w.rows(), w.bytes() / 1e6, (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
