package th.ita.insight.analytics.survey;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import th.ita.insight.analytics.ExitCodes;
import th.ita.insight.catalog.Tool;
import th.ita.insight.ingest.read.UnreadableInputException;
import th.ita.insight.text.Language;
import th.ita.insight.weakitems.WeakItemConfig;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code ita survey …}: an agency's own IIT/EIT survey → projected scores in the published database. */
@Command(name = "survey", mixinStandardHelpOptions = true,
        description = {"Self-assessment before the official ITA: turn an agency's own IIT or EIT survey export "
                + "(CSV in UTF-8/Windows-874 or XLSX; one row per respondent, one column per question) into projected "
                + "question, indicator and tool scores with 90%% bootstrap intervals, the projected total and level, "
                + "weak items and ranked measures. Only aggregates are published, labelled self-assessment, beside the "
                + "official data in the same database (republished atomically). See docs/self-assessment.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:clean run", "1:internal error", "2:usage error or unreadable input (nothing published)",
                "3:completed with rejects (see the rejects report)"})
public final class SurveyCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "The survey export (.csv or .xlsx).")
    Path input;

    @Option(names = "--agency", required = true, paramLabel = "ID", description = "The agency id as in the database.")
    String agency;

    @Option(names = "--year", required = true, paramLabel = "FY", description = "Fiscal year (BE, e.g. 2567; Thai digits accepted).")
    Integer year;

    @Option(names = "--tool", required = true, paramLabel = "IIT|EIT", description = "Which questionnaire the file holds.")
    String tool;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The published DuckDB file to add the self-assessment to.")
    Path db;

    @Option(names = "--map", paramLabel = "FILE", description = "CSV 'header,code[,sub_item]' for columns whose header has no code.")
    Path map;

    @Option(names = "--rejects", paramLabel = "FILE", description = "Rejects report (CSV). Default: <input>.rejects.csv beside the survey file.")
    Path rejects;

    @Option(names = "--oit", paramLabel = "SCORE", description = "The OIT score to project with. Default: the agency's latest official OIT.")
    Double oit;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "2566", description = "Bootstrap seed (same seed, same intervals). Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--replicates", paramLabel = "N", defaultValue = "1000", description = "Bootstrap replicates. Default: ${DEFAULT-VALUE}")
    int replicates;

    @Option(names = "--lang", paramLabel = "th|en", defaultValue = "th", description = "Language of messages: th (default) or en.")
    Language language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Tool t = Tool.parse(tool).orElse(null);
        if (t == null || t == Tool.OIT) {
            err.println("ita survey: " + language.pick("--tool ต้องเป็น IIT หรือ EIT ไม่ใช่ ", "--tool must be IIT or EIT, not ") + tool);
            return ExitCodes.FATAL_INPUT;
        }
        if ((oit != null && (oit < 0 || oit > 100)) || replicates < 1 || replicates > 100_000) {
            err.println("ita survey: " + language.pick("--oit ต้องอยู่ระหว่าง 0–100 และ --replicates 1–100000",
                    "--oit must be 0–100 and --replicates 1–100000"));
            return ExitCodes.FATAL_INPUT;
        }
        Path rejectsFile = rejects != null ? rejects : SurveyOptions.defaultRejects(input);
        SurveyOptions options = new SurveyOptions(input, agency.strip(), year, t, db, map, rejectsFile, seed, replicates, oit,
                language, WeakItemConfig.DEFAULT);
        try {
            SurveyOutcome outcome = SurveyRun.run(options);
            SurveySummary.lines(outcome, rejectsFile, language).forEach(out::println);
            return outcome.exitCode();
        } catch (UnreadableInputException e) {
            err.println("ita survey: " + language.pick(e.messageTh(), e.getMessage())
                    + language.pick(" — ไม่ได้เผยแพร่อะไร", " — nothing was published"));
            return ExitCodes.FATAL_INPUT;
        } catch (th.ita.insight.store.PublishLock.Busy e) {
            err.println("ita survey: " + language.pick(e.messageTh(), e.getMessage()));
            return ExitCodes.INTERNAL_ERROR;
        } catch (Exception e) {
            // The message and the type only: a stack trace could carry a cell of the survey.
            err.println("ita survey: " + language.pick("ข้อผิดพลาดภายใน: ", "internal error: ") + e.getClass().getSimpleName()
                    + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            return ExitCodes.INTERNAL_ERROR;
        }
    }
}
