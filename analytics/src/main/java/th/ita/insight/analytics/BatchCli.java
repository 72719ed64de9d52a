package th.ita.insight.analytics;

import org.apache.spark.SparkException;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import th.ita.insight.catalog.CatalogException;
import th.ita.insight.ingest.SparkSessions;
import th.ita.insight.ingest.read.InputShape;
import th.ita.insight.ingest.read.UnreadableInputException;
import th.ita.insight.text.Language;
import th.ita.insight.weakitems.WeakItemConfig;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** The batch command line: {@code ita run …} (see {@code ita run --help}). */
@Command(name = "ita", mixinStandardHelpOptions = true, version = "ITA Insight batch 0.1",
        description = {"ITA Insight batch: ingest ITA scores, compute roll-ups and grades, publish a DuckDB file.",
                "'catalog' checks and starts the catalog year files an analyst writes."},
        subcommands = {BatchCli.Run.class, th.ita.insight.analytics.survey.SurveyCommand.class, CatalogCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:clean run", "1:internal error", "2:usage error or unreadable input (nothing published)",
                "3:completed with rejects (see the rejects report)"})
public final class BatchCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'ita run --help'");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line and returns its exit code (tests call this in-process). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new BatchCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(InputShape.class, text -> InputShape.parse(text).orElseThrow(() ->
                new CommandLine.TypeConversionException("expected long, wide or summary, not '" + text + "'")));
        // Numbers on the command line may be typed in Thai digits too (๘๕ = 85).
        CommandLine.ITypeConverter<Double> number = text -> {
            th.ita.insight.text.Parsed<Double> p = th.ita.insight.text.ThaiNumbers.parse(text);
            if (!p.isOk()) {
                throw new CommandLine.TypeConversionException("'" + text + "' is not a number: " + p.problem().en());
            }
            return p.value();
        };
        cli.registerConverter(Double.class, number);
        cli.registerConverter(Double.TYPE, number);
        cli.registerConverter(Integer.class, text -> {
            th.ita.insight.text.Parsed<Integer> p = th.ita.insight.text.FiscalYears.parse(text);
            if (!p.isOk()) {
                throw new CommandLine.TypeConversionException("'" + text + "' is not a fiscal year: " + p.problem().en());
            }
            return p.value();
        });
        cli.registerConverter(Language.class, text -> Language.parse(text).orElseThrow(() ->
                new CommandLine.TypeConversionException("expected th or en, not '" + text + "'")));
        return cli.execute(args);
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Ingest → analyse → publish in one go.",
                    "Reads CSV/XLSX files or folders (shape detected per file: long, wide or indicator summary), "
                            + "validates every value against that fiscal year's catalog, quarantines bad rows in a "
                            + "rejects report, merges the rest into the canonical store (an agency-year in the input "
                            + "replaces the stored one; all others are kept) and publishes a new DuckDB file atomically."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:clean run", "1:internal error", "2:usage error or unreadable input (nothing published)",
                    "3:completed with rejects (see the rejects report)"})
    static final class Run implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--input", arity = "1..*", required = true, paramLabel = "PATH",
                description = "Input files or folders (.csv, .tsv, .txt, .xlsx, .xls), several allowed.")
        List<Path> inputs;

        @Option(names = "--db", required = true, paramLabel = "FILE", description = "The DuckDB file to publish.")
        Path db;

        @Option(names = "--format", paramLabel = "SHAPE",
                description = "Force the input shape instead of detecting it: long, wide or summary.")
        InputShape format;

        @Option(names = "--rejects", paramLabel = "FILE",
                description = "Where to write the rejects report (CSV). Default: <db>.rejects.csv")
        Path rejects;

        @Option(names = "--store", paramLabel = "DIR",
                description = "The canonical Parquet store kept across runs. Default: <db>.store")
        Path store;

        @Option(names = "--fresh", description = "Start from an empty store instead of adding to it.")
        boolean fresh;

        @Option(names = "--lang", paramLabel = "th|en", defaultValue = "th",
                description = "Language of messages: th (default) or en.")
        Language language;

        @Option(names = "--threshold", paramLabel = "SCORE", defaultValue = "85",
                description = "Weak-item rule (a): a question or OIT item scoring below this is weak. Default: ${DEFAULT-VALUE}")
        double threshold;

        @Option(names = "--threshold-year", paramLabel = "FY=SCORE",
                description = "A different threshold for one fiscal year, e.g. --threshold-year 2568=90 (repeatable).")
        java.util.Map<Integer, Double> thresholdByYear = new java.util.HashMap<>();

        @Option(names = "--peer-margin", paramLabel = "POINTS", defaultValue = "5",
                description = "Weak-item rule (b): weak when more than this many points below the median of "
                        + "agencies of the same type. Default: ${DEFAULT-VALUE}")
        double peerMargin;

        @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
                description = "Spark master when not launched by spark-submit. Default: ${DEFAULT-VALUE}")
        String master;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            RunOptions options = new RunOptions(inputs, db,
                    store != null ? store : RunOptions.defaultStore(db),
                    rejects != null ? rejects : RunOptions.defaultRejects(db),
                    format, fresh, language, master, SparkSessions.defaultShufflePartitions(),
                    new WeakItemConfig(threshold, peerMargin, thresholdByYear));
            if (threshold < 0 || threshold > 100 || peerMargin < 0 || thresholdByYear.values().stream().anyMatch(t -> t < 0 || t > 100)) {
                err.println("ita: " + language.pick("เกณฑ์ต้องอยู่ระหว่าง 0–100 และระยะห่างต้องไม่ติดลบ",
                        "thresholds must be 0–100 and the peer margin not negative"));
                return ExitCodes.FATAL_INPUT;
            }
            SparkSession spark = null;
            // Stop only a session this command started, not one its caller (a test, a notebook) owns.
            boolean ownSession = SparkSession.getDefaultSession().isEmpty();
            try {
                PhaseTimes times = new PhaseTimes();
                spark = SparkSessions.create("ita-run", options.master(), options.shufflePartitions());
                times.end("spark");
                RunOutcome outcome = new BatchRun(spark).run(options, times);
                RunSummary.lines(outcome, options, language).forEach(out::println);
                times.print(err);
                return outcome.exitCode();
            } catch (Exception e) {
                UnreadableInputException unreadable = unreadable(e);
                if (unreadable != null) {
                    err.println("ita: " + language.pick(unreadable.messageTh(), unreadable.getMessage())
                            + language.pick(" — ไม่ได้เผยแพร่อะไร", " — nothing was published"));
                    return ExitCodes.FATAL_INPUT;
                }
                if (e instanceof th.ita.insight.store.PublishLock.Busy busy) {
                    err.println("ita: " + language.pick(busy.messageTh(), busy.getMessage()));
                    return ExitCodes.INTERNAL_ERROR;
                }
                if (e instanceof CatalogException) {
                    err.println("ita: " + e.getMessage());
                    return ExitCodes.INTERNAL_ERROR;
                }
                err.println("ita: " + language.pick("ข้อผิดพลาดภายใน: ", "internal error: ") + e);
                e.printStackTrace(err);
                return ExitCodes.INTERNAL_ERROR;
            } finally {
                if (spark != null && ownSession) {
                    spark.stop();
                }
            }
        }

        /** Spark wraps what a task threw; find our own fatal input error inside. */
        private static UnreadableInputException unreadable(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof UnreadableInputException u) {
                    return u;
                }
                if (t instanceof SparkException && t.getCause() == null && t.getMessage() != null
                        && t.getMessage().contains("UnreadableInputException")) {
                    return null;
                }
            }
            return null;
        }
    }
}
