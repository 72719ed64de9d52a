package th.ita.insight.sample;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import th.ita.insight.agency.AgencyIds;
import th.ita.insight.agency.ProvinceRegistry;
import th.ita.insight.catalog.CatalogItem;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.catalog.Framework;
import th.ita.insight.catalog.Indicator;
import th.ita.insight.catalog.Tool;
import th.ita.insight.catalog.YearCatalog;
import th.ita.insight.survey.SurveyCoding;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A national data set for scale tests and benchmarks (issue 8): thousands of agencies over several
 * fiscal years, one wide CSV per year with item scores (FY2562 on), a long CSV of totals for the
 * total-only years. Agency effects, a national drift, the catalogs' own changes between years, ~3 %
 * of agencies missing a year, and ~0.1 % of rows broken the ways real files are (a decimal comma, a
 * score over 100, an unknown agency type) so the rejects path is exercised. Deterministic for a seed.
 * On request, also the raw answers behind the last year's IIT and EIT question scores: one questionnaire
 * export per agency and tool ({@link RespondentAnswers}), as {@code ./ita survey} reads them.
 */
public final class NationalGenerator {
    private static final Map<Integer, Double> NATIONAL_LEVEL = Map.of(2558, 70.0, 2559, 72.5, 2560, 74.0, 2561, 76.0,
            2562, 78.0, 2563, 80.5, 2564, 83.0, 2565, 87.0, 2566, 89.5, 2567, 92.0);
    private static final Map<Integer, Double> INDICATOR_EFFECT = Map.of(1, 4.0, 2, -3.0, 3, 2.0, 4, -1.0, 5, 1.0,
            6, -2.0, 7, -1.0, 8, -4.0, 9, -2.0, 10, -5.0);
    private static final Map<String, Integer> QUESTION_EFFECT = Map.of("i7", -700, "i8", -900, "i12", -400,
            "i22", -500, "e8", -400, "e12", -500, "e13", -1000, "e14", -700);

    /** Every file this generator writes: commas, quotes where needed, Unix line ends. */
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private final Catalogs catalogs;
    private final long seed;

    public NationalGenerator(Catalogs catalogs, long seed) {
        this.catalogs = catalogs;
        this.seed = seed;
    }

    /** What was written: files, data rows, bytes; and the respondents' answers, when asked for. */
    public record Written(List<Path> files, long rows, long bytes, Respondents respondents) {
    }

    /**
     * The answers behind one year's scores: {@code dir} holds one CSV per agency and tool and {@code index.csv}
     * (file, agency id as the batch derives it, name, type, province, tool, respondents).
     */
    public record Respondents(Path dir, int year, int files, long rows, long bytes) {
        static final Respondents NONE = new Respondents(null, 0, 0, 0, 0);
    }

    public Written write(Path dir, int agencies, int firstYear, int lastYear) throws IOException {
        return write(dir, agencies, firstYear, lastYear, false);
    }

    /**
     * @param respondents also write the answers behind {@code lastYear}'s IIT and EIT question scores
     * @throws IllegalArgumentException when respondents are asked for and {@code lastYear} has no survey coding
     */
    public Written write(Path dir, int agencies, int firstYear, int lastYear, boolean respondents) throws IOException {
        RespondentWriter answers = null;
        if (respondents) {
            SurveyCoding coding = SurveyCoding.forYear(lastYear).orElseThrow(() -> new IllegalArgumentException(
                    "FY" + lastYear + " has no survey coding (question scores start in FY2562): no answers to write"));
            answers = new RespondentWriter(dir.resolve("respondents").resolve(String.valueOf(lastYear)), coding,
                    catalogs.forYear(lastYear).orElseThrow());
        }
        Files.createDirectories(dir);
        Random random = new Random(seed);
        List<SampleAgency> all = NationalAgencies.generate(agencies, ProvinceRegistry.bundled().all(), random, firstYear, lastYear);
        List<Path> files = new ArrayList<>();
        long rows = 0;
        List<Integer> totalOnly = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            YearCatalog catalog = catalogs.forYear(year).orElseThrow();
            if (catalog.framework() == Framework.TOTAL_ONLY) {
                totalOnly.add(year);
                continue;
            }
            Path file = dir.resolve("national-" + year + "-wide.csv");
            rows += writeYear(file, catalog, all, year == lastYear ? answers : null);
            files.add(file);
        }
        if (!totalOnly.isEmpty()) {
            Path file = dir.resolve("national-" + totalOnly.get(0) + "-" + totalOnly.get(totalOnly.size() - 1) + "-totals.csv");
            rows += writeTotals(file, totalOnly, all);
            files.add(0, file);
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        return new Written(files, rows, bytes, answers == null ? Respondents.NONE : answers.finish());
    }

    private long writeYear(Path file, YearCatalog catalog, List<SampleAgency> all, RespondentWriter answers)
            throws IOException {
        int year = catalog.fiscalYear();
        List<CatalogItem> items = new ArrayList<>();
        for (Indicator indicator : catalog.indicators()) {
            items.addAll(catalog.itemsOf(indicator.number()));
        }
        long rows = 0;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSV)) {
            List<String> header = new ArrayList<>(List.of("agency_name", "agency_type", "province", "fiscal_year"));
            items.forEach(i -> header.add(i.code()));
            csv.printRecord(header);
            for (SampleAgency agency : all) {
                if (agency.missingYear() == year) {
                    continue;
                }
                Random random = new Random(seed * 31 + (agency.name() + agency.province() + year).hashCode());
                List<String> cells = new ArrayList<>(header.size());
                cells.add(agency.name());
                cells.add(random.nextDouble() < 0.0005 ? "ประเภทไม่ทราบ" : agency.type().shortTh());
                cells.add(agency.province());
                cells.add(String.valueOf(year));
                Map<String, Integer> byCode = answers == null ? null : new HashMap<>();
                for (Indicator indicator : catalog.indicators()) {
                    List<CatalogItem> its = catalog.itemsOf(indicator.number());
                    int[] values = scores(agency, year, indicator, its, random);
                    for (int i = 0; i < values.length; i++) {
                        cells.add(SampleGenerator.format(values[i]));
                        if (byCode != null) {
                            byCode.put(its.get(i).code(), values[i]);
                        }
                    }
                }
                if (answers != null) {
                    // Its own random: the scores above stay what they are without --respondents.
                    answers.write(agency, byCode, new Random(seed * 37 + (agency.name() + agency.province() + year
                            + "respondents").hashCode()));
                }
                if (random.nextDouble() < 0.001) { // one broken cell: a decimal comma or a score over 100
                    int k = 4 + random.nextInt(items.size());
                    cells.set(k, random.nextBoolean() ? cells.get(k).replace('.', ',') : "101.5");
                }
                csv.printRecord(cells);
                rows++;
            }
        }
        return rows;
    }

    private long writeTotals(Path file, List<Integer> years, List<SampleAgency> all) throws IOException {
        long rows = 0;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSV)) {
            csv.printRecord("agency_name", "agency_type", "province", "fiscal_year", "tool", "score");
            for (int year : years) {
                for (SampleAgency agency : all) {
                    if (agency.missingYear() == year) {
                        continue;
                    }
                    Random random = new Random(seed * 31 + (agency.name() + agency.province() + year).hashCode());
                    double level = NATIONAL_LEVEL.get(year) + agency.offset() + agency.trend() * (year - 2566)
                            + random.nextGaussian() * 2.0;
                    csv.printRecord(agency.name(), agency.type().shortTh(), agency.province(), year, "ITA",
                            String.format(Locale.ROOT, "%.2f", Math.max(30.0, Math.min(100.0, level))));
                    rows++;
                }
            }
        }
        return rows;
    }

    private int[] scores(SampleAgency agency, int year, Indicator indicator, List<CatalogItem> items, Random random) {
        double national = NATIONAL_LEVEL.getOrDefault(year, 93.5);
        double level = national + agency.offset() + agency.trend() * (year - 2566)
                + INDICATOR_EFFECT.get(indicator.number()) + random.nextGaussian() * 1.5;
        int target = (int) Math.round(Math.max(35.0, Math.min(100.0, level)) * 100);
        if (indicator.tool() == Tool.OIT) {
            return ScoreSynthesis.disclosureItems(items.size(), target, random);
        }
        int[] values = new int[items.size()];
        int meanEffect = items.stream().mapToInt(i -> QUESTION_EFFECT.getOrDefault(i.code(), 0)).sum() / items.size();
        for (int i = 0; i < values.length; i++) {
            int effect = QUESTION_EFFECT.getOrDefault(items.get(i).code(), 0) - meanEffect;
            values[i] = Math.max(0, Math.min(ScoreSynthesis.FULL, target + effect + (int) Math.round(random.nextGaussian() * 150)));
        }
        return values;
    }

    /** Writes the answer files of one year and their index, and counts them. */
    private static final class RespondentWriter {
        private final Path dir;
        private final SurveyCoding coding;
        private final RespondentAnswers answers;
        /** The year's IIT and EIT questions and their header, the same for every agency. */
        private final Map<Tool, List<CatalogItem>> questions = new EnumMap<>(Tool.class);
        private final Map<Tool, List<String>> headers = new EnumMap<>(Tool.class);
        private final List<List<String>> index = new ArrayList<>();
        private int files;
        private long rows;

        RespondentWriter(Path dir, SurveyCoding coding, YearCatalog catalog) throws IOException {
            this.dir = dir;
            this.coding = coding;
            this.answers = new RespondentAnswers(coding);
            for (Tool tool : new Tool[] {Tool.IIT, Tool.EIT}) {
                List<CatalogItem> ofTool = new ArrayList<>();
                for (Indicator indicator : catalog.indicators()) {
                    if (indicator.tool() == tool) {
                        ofTool.addAll(catalog.itemsOf(indicator.number()));
                    }
                }
                questions.put(tool, List.copyOf(ofTool));
                headers.put(tool, RespondentAnswers.header(ofTool));
            }
            Files.createDirectories(dir);
        }

        void write(SampleAgency agency, Map<String, Integer> scores, Random random) throws IOException {
            String id = AgencyIds.derive(agency.type(), agency.name(), ProvinceRegistry.bundled().find(agency.province()).orElse(null));
            boolean asNumber = random.nextDouble() < 0.3; // a linear-scale form writes 1–4 and 1/0
            for (Tool tool : questions.keySet()) {
                List<CatalogItem> asked = questions.get(tool);
                double[] targets = asked.stream().mapToDouble(q -> scores.get(q.code()) / 100.0).toArray();
                int minimum = coding.minimumFor(tool, agency.type().code()).orElse(30);
                // ~5 % fall short of the NACC minimum, so the warning is exercised too.
                int n = random.nextDouble() < 0.05 ? Math.max(coding.privacyFloor(), minimum - 1 - random.nextInt(minimum / 3 + 1))
                        : minimum + random.nextInt(21);
                Path file = dir.resolve(id + "-" + tool.name().toLowerCase(Locale.ROOT) + ".csv");
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                     CSVPrinter csv = new CSVPrinter(w, CSV)) {
                    csv.printRecord(headers.get(tool));
                    for (List<String> row : answers.rows(asked, targets, n, asNumber, random)) {
                        csv.printRecord(row);
                    }
                }
                files++;
                rows += n;
                index.add(List.of(file.getFileName().toString(), id, agency.name(), agency.type().shortTh(), agency.province(),
                        tool.name(), String.valueOf(n)));
            }
        }

        Respondents finish() throws IOException {
            Path file = dir.resolve("index.csv");
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(w, CSV)) {
                csv.printRecord("file", "agency_id", "agency_name", "agency_type", "province", "tool", "respondents");
                for (List<String> row : index) {
                    csv.printRecord(row);
                }
            }
            long bytes = 0;
            try (var listing = Files.list(dir)) {
                for (Path f : listing.toList()) {
                    bytes += Files.size(f);
                }
            }
            return new Respondents(dir, coding.fiscalYear(), files, rows, bytes);
        }
    }
}
