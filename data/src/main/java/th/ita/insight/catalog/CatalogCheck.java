package th.ita.insight.catalog;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks catalog year files a user wrote ({@code ./ita catalog check}): each file with the batch's own
 * loader and validator, then the {@code comparable_to} links across years, the given files adding to or
 * replacing the bundled years as a run with them would. No problem stops the check: all are returned.
 */
public final class CatalogCheck {
    private static final Pattern YEAR_FILE = Pattern.compile("fy(\\d{4})\\.json");

    /**
     * One file as far as it was read.
     *
     * @param fiscalYear     null when the file or its {@code fiscal_year} could not be read
     * @param previousSource where the previous year's catalog came from, null when none was found
     */
    public record Checked(String source, Integer fiscalYear, int items, Integer previousYear, String previousSource) {
    }

    /** The files in the order given and every problem, grouped by file in that order. */
    public record Report(List<Checked> files, List<CatalogProblem> problems) {
        public boolean clean() {
            return problems.isEmpty();
        }

        public List<CatalogProblem> problemsOf(String source) {
            return problems.stream().filter(p -> p.source().equals(source)).toList();
        }
    }

    private CatalogCheck() {
    }

    public static Report check(List<Path> files, Catalogs bundled) {
        List<CatalogProblem> problems = new ArrayList<>();
        Map<Integer, YearCatalog> byYear = new TreeMap<>();
        bundled.all().forEach(c -> byYear.put(c.fiscalYear(), c));
        Map<Integer, String> givenYears = new HashMap<>();
        Set<YearCatalog> given = new HashSet<>();
        List<YearCatalog> read = new ArrayList<>();
        for (Path file : files) {
            CatalogLoader.Result result = read(file);
            problems.addAll(result.problems());
            YearCatalog catalog = result.catalog();
            read.add(catalog);
            if (catalog == null) {
                continue;
            }
            Problems own = new Problems(catalog.source());
            checkName(file, catalog.fiscalYear(), own);
            String other = givenYears.putIfAbsent(catalog.fiscalYear(), catalog.source());
            if (other != null) {
                own.add("$.fiscal_year", "ปี " + catalog.fiscalYear() + " มีในไฟล์ " + other + " แล้ว ให้ปีละหนึ่งไฟล์",
                        "FY" + catalog.fiscalYear() + " is also given by " + other + "; give one file per year");
            } else {
                byYear.put(catalog.fiscalYear(), catalog);
                given.add(catalog);
            }
            problems.addAll(own.list());
        }
        // A replaced bundled year is checked against too: the bundled next year's links point into it.
        problems.addAll(CrossYearCheck.problems(byYear, c -> given.contains(c)
                || (c.previousYear() != null && givenYears.containsKey(c.previousYear()))));
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            checked.add(summary(files.get(i), read.get(i), byYear));
        }
        List<String> order = checked.stream().map(Checked::source).toList();
        List<CatalogProblem> grouped = new ArrayList<>(problems);
        grouped.sort(Comparator.comparingInt(p -> order.contains(p.source())
                ? order.indexOf(p.source()) : order.size()));
        return new Report(checked, grouped);
    }

    private static Checked summary(Path file, YearCatalog c, Map<Integer, YearCatalog> byYear) {
        if (c == null) {
            return new Checked(file.toString(), null, 0, null, null);
        }
        YearCatalog previous = c.previousYear() == null ? null : byYear.get(c.previousYear());
        return new Checked(file.toString(), c.fiscalYear(), c.items().size(), c.previousYear(),
                previous == null ? null : previous.source());
    }

    /** Reads one file as the batch would; an unreadable file is a problem like any other, named by its path. */
    static CatalogLoader.Result read(Path file) {
        FileBytes read = bytes(file);
        return read.problem() != null ? new CatalogLoader.Result(null, List.of(read.problem()))
                : CatalogLoader.read(file.toString(), read.bytes());
    }

    /** A file's bytes, or the one problem that kept it from being read. */
    record FileBytes(byte[] bytes, CatalogProblem problem) {
    }

    static FileBytes bytes(Path file) {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            Path example = file.resolve("fy2570.json");
            return new FileBytes(null, new CatalogProblem(source, null,
                    "เป็นโฟลเดอร์ ให้ระบุไฟล์ปีที่อยู่ในโฟลเดอร์ (เช่น " + example + ")",
                    "is a folder; name the year files in it (e.g. " + example + ")"));
        }
        try {
            return new FileBytes(Files.readAllBytes(file), null);
        } catch (NoSuchFileException e) {
            return new FileBytes(null, new CatalogProblem(source, null, "ไม่พบไฟล์นี้", "no such file"));
        } catch (AccessDeniedException e) {
            return new FileBytes(null, new CatalogProblem(source, null, "ไม่มีสิทธิ์อ่านไฟล์นี้", "permission denied"));
        } catch (IOException e) {
            return new FileBytes(null, new CatalogProblem(source, null, "อ่านไฟล์ไม่ได้: " + e.getMessage(),
                    "cannot be read: " + e.getMessage()));
        }
    }

    /** A file named like a year file (fy2570.json) must hold that year, or a run would file it under the wrong one. */
    private static void checkName(Path file, int year, Problems problems) {
        Path name = file.getFileName();
        Matcher m = YEAR_FILE.matcher(name == null ? "" : name.toString().toLowerCase(Locale.ROOT));
        if (m.matches() && Integer.parseInt(m.group(1)) != year) {
            problems.add("$.fiscal_year", "เป็น " + year + " แต่ชื่อไฟล์คือ " + name + " (ชื่อไฟล์ต้องเป็น fy" + year
                            + ".json ตาม fiscal_year)",
                    "is " + year + " but the file is named " + name + " (a year's file is named fy" + year + ".json)");
        }
    }
}
