package th.ita.insight.analytics;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import th.ita.insight.catalog.CatalogCheck;
import th.ita.insight.catalog.CatalogProblem;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.text.Language;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ita catalog check FILE…}: prints every problem of catalog year files at once, with file and JSON path. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks catalog year files with the batch's own loader and validator and prints every problem "
                + "at once, one line each: FILE: JSON path: what is wrong. Across years too: each comparable_to code "
                + "must exist in the previous_year's catalog, bundled or among the FILEs (a FILE of a bundled year "
                + "replaces it, as a run would), and no two items of a year may be comparable to one code."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no problems", "1:internal error", "2:problems found, or a FILE unreadable or not JSON"})
final class CatalogCheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Catalog year files (fyNNNN.json), several allowed.")
    List<Path> files;

    @Option(names = "--lang", paramLabel = "th|en", defaultValue = "th",
            description = "Language of messages: th (default) or en.")
    Language language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CatalogCheck.Report report = CatalogCheck.check(files, Catalogs.bundled());
        for (CatalogCheck.Checked file : report.files()) {
            List<CatalogProblem> problems = report.problemsOf(file.source());
            problems.forEach(p -> out.println(p.line(language)));
            if (problems.isEmpty()) {
                out.println(clean(file));
            }
        }
        // Problems in a bundled year: a FILE that replaces the year before it lost a code it links to.
        List<String> given = report.files().stream().map(CatalogCheck.Checked::source).toList();
        report.problems().stream().filter(p -> !given.contains(p.source())).forEach(p -> out.println(p.line(language)));
        out.println(summary(report.files().size(), report.problems().size()));
        return report.clean() ? ExitCodes.OK : ExitCodes.FATAL_INPUT;
    }

    private String summary(int files, int problems) {
        String checked = "checked " + files + (files == 1 ? " file" : " files") + ": ";
        if (problems == 0) {
            return language.pick("ตรวจ " + files + " ไฟล์: ไม่พบปัญหา", checked + "no problems");
        }
        return language.pick("ตรวจ " + files + " ไฟล์: พบ " + problems + " ปัญหา แก้แล้วตรวจอีกครั้ง",
                checked + (problems == 1 ? "1 problem; fix it" : problems + " problems; fix them") + " and check again");
    }

    private String clean(CatalogCheck.Checked file) {
        String previous = file.previousSource() == null ? ""
                : language.pick("; ตรวจ comparable_to กับปี " + file.previousYear() + " จาก " + file.previousSource(),
                "; comparable_to checked against FY" + file.previousYear() + " from " + file.previousSource());
        return file.source() + ": " + language.pick(
                "ปี " + file.fiscalYear() + " ไม่พบปัญหา (" + file.items() + " ข้อ" + previous + ")",
                "FY" + file.fiscalYear() + " has no problems (" + file.items() + " items" + previous + ")");
    }
}
