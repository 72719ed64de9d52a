package th.ita.insight.analytics;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import th.ita.insight.catalog.CatalogDraft;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.catalog.Framework;
import th.ita.insight.text.Language;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code ita catalog new}: writes the starting file of a new fiscal year's catalog, copied from an earlier year. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Writes DIR/fyYEAR.json, a starting file for a new fiscal year's catalog copied from the --from "
                + "year (a bundled catalog, or the file given with --from-file): fiscal_year and previous_year set, "
                + "status provisional, method_break false, every question's and OIT item's comparable_to set to its "
                + "own code (an item left unchanged stays comparable), text_confirmed and title_confirmed false, and "
                + "notes saying it is a draft. Edit it from the NACC's manual, then run 'ita catalog check'."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:internal error", "2:usage error, a --from year that is not bundled, a broken "
                + "--from-file, or DIR/fyYEAR.json exists without --force (nothing written)"})
final class CatalogNewCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "FY",
            description = "The new fiscal year (Buddhist era, e.g. 2570; Thai digits accepted).")
    Integer year;

    @Option(names = "--from", paramLabel = "FY",
            description = "The bundled year to copy. Default: the year before --year (or the year of --from-file).")
    Integer from;

    @Option(names = "--from-file", paramLabel = "FILE",
            description = "Copy this catalog file instead of a bundled year; it must pass 'ita catalog check' alone.")
    Path fromFile;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder to write fyYEAR.json into (created if missing).")
    Path out;

    @Option(names = "--force", description = "Overwrite DIR/fyYEAR.json if it exists.")
    boolean force;

    @Option(names = "--lang", paramLabel = "th|en", defaultValue = "th",
            description = "Language of messages: th (default) or en.")
    Language language;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        CatalogDraft.Draft draft;
        if (fromFile != null) {
            draft = CatalogDraft.fromFile(fromFile, year);
        } else {
            int fromYear = from != null ? from : year - 1;
            draft = CatalogDraft.fromBundled(fromYear, year).orElse(null);
            if (draft == null) {
                return refuse(language.pick("ไม่มีเกณฑ์ปี " + fromYear + " ในโปรแกรม ปีที่เริ่มได้: " + startYears()
                                + " (หรือเริ่มจากไฟล์ของคุณด้วย --from-file FILE)",
                        "FY" + fromYear + " is not a bundled catalog year; bundled years to start from: " + startYears()
                                + " (or start from your own file with --from-file FILE)"));
            }
        }
        if (!draft.problems().isEmpty()) {
            draft.problems().forEach(p -> err.println(p.line(language)));
            return refuse(language.pick("เริ่มจากไฟล์นี้ไม่ได้ แก้ปัญหาข้างต้นก่อน",
                    "cannot start from it; fix the problems above first"));
        }
        if (from != null && fromFile != null && !from.equals(draft.fromYear())) {
            return refuse(language.pick("--from " + from + " แต่ " + fromFile + " เป็นเกณฑ์ปี " + draft.fromYear(),
                    "--from " + from + " but " + fromFile + " holds FY" + draft.fromYear()));
        }
        if (draft.fromYear() >= year) {
            return refuse(language.pick("--year " + year + " ต้องเป็นปีหลังปีที่คัดลอก (" + draft.fromYear() + ")",
                    "--year " + year + " must come after the year it copies (" + draft.fromYear() + ")"));
        }
        Path target = out.resolve("fy" + year + ".json");
        try {
            Files.createDirectories(out);
            // CREATE_NEW: the existence check and the write are one step, so a file is never overwritten by a race.
            Files.writeString(target, draft.json(), StandardCharsets.UTF_8, force
                    ? new StandardOpenOption[]{StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING}
                    : new StandardOpenOption[]{StandardOpenOption.CREATE_NEW});
        } catch (FileAlreadyExistsException e) {
            return refuse(language.pick(target + " มีอยู่แล้ว ไม่ได้เขียนทับ (ใช้ --force เพื่อเขียนทับ)",
                    target + " exists; nothing written (--force overwrites it)"));
        } catch (IOException e) {
            return refuse(language.pick("เขียน " + target + " ไม่ได้: ", "cannot write " + target + ": ") + e);
        }
        String check = "./ita catalog check " + target + (fromFile == null ? "" : " " + fromFile);
        spec.commandLine().getOut().println(language.pick(
                "เขียน " + target + " แล้ว: ร่างเกณฑ์ปี " + year + " จากปี " + draft.fromYear()
                        + " แก้ตามคู่มือ ป.ป.ช. (docs/catalog.md หัวข้อ Adding a year) แล้วตรวจด้วย: " + check,
                "wrote " + target + ": a draft of FY" + year + " from FY" + draft.fromYear() + ". Edit it from the "
                        + "NACC's manual (docs/catalog.md, 'Adding a year'), then check it: " + check));
        return ExitCodes.OK;
    }

    private int refuse(String message) {
        spec.commandLine().getErr().println("ita catalog new: " + message);
        return ExitCodes.FATAL_INPUT;
    }

    /** Bundled years with items: a total-only year (before FY2562) has nothing to copy. */
    private static String startYears() {
        List<Integer> years = Catalogs.bundled().all().stream().filter(c -> c.framework() == Framework.ITEMS)
                .map(c -> c.fiscalYear()).toList();
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
