package th.ita.insight.sample;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import th.ita.insight.catalog.CatalogItem;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.catalog.Indicator;
import th.ita.insight.catalog.Tool;
import th.ita.insight.catalog.YearCatalog;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes the synthetic part of the bundled sample (data/sample/): 45 agencies, FY2564–FY2568, question-
 * and item-level scores in three files of two shapes and two encodings, and a province with totals-only
 * history FY2558–FY2568 ({@link HistorySample}). published-history.csv is real data, written by hand. Deterministic for a seed; published seed
 * figures are reproduced exactly (see {@link PublishedFigures}). Run: {@code ./ita sample --out DIR}.
 */
public final class SampleGenerator {
    public static final long DEFAULT_SEED = 2566L;
    static final int[] YEARS = {2564, 2565, 2566, 2567, 2568};
    private static final Map<Integer, Double> NATIONAL_LEVEL =
            Map.of(2564, 83.0, 2565, 87.0, 2566, 89.5, 2567, 92.0, 2568, 93.5);
    private static final Map<Integer, Double> INDICATOR_EFFECT = Map.of(1, 4.0, 2, -3.0, 3, 2.0, 4, -1.0, 5, 1.0,
            6, -2.0, 7, -1.0, 8, -4.0, 9, -2.0, 10, -5.0);
    /** Questions that are weak nearly everywhere, as the seeds' o42 analyses find (budget, e-service …). */
    private static final Map<String, Integer> QUESTION_EFFECT = Map.of("i7", -700, "i8", -900, "i12", -400,
            "i22", -500, "e8", -400, "e12", -500, "e13", -1000, "e14", -700);
    private static final Charset WINDOWS_874 = Charset.forName("x-windows-874");

    private final Catalogs catalogs;
    private final long seed;

    public SampleGenerator(Catalogs catalogs, long seed) {
        this.catalogs = catalogs;
        this.seed = seed;
    }

    /** One generated score: item code and hundredths of a point. */
    record Score(SampleAgency agency, int year, CatalogItem item, int hundredths) {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "data/sample");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        new SampleGenerator(Catalogs.bundled(), seed).write(out);
        System.out.println("sample written to " + out.toAbsolutePath());
    }

    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<Integer, List<Score>> byYear = new LinkedHashMap<>();
        for (int year : YEARS) {
            byYear.put(year, generate(year));
        }
        writeLong(dir.resolve("ita-2564-2566-long.csv"), List.of(byYear.get(2564), byYear.get(2565), byYear.get(2566)));
        writeWide(dir.resolve("ita-2567-wide-windows874.csv"), byYear.get(2567), WINDOWS_874, true);
        writeWide(dir.resolve("ita-2568-wide.csv"), byYear.get(2568), StandardCharsets.UTF_8, false);
        HistorySample.write(dir, catalogs, seed);
    }

    List<Score> generate(int year) {
        YearCatalog catalog = catalogs.forYear(year).orElseThrow(() ->
                new IllegalStateException("no catalog for FY" + year));
        List<Score> scores = new ArrayList<>();
        for (SampleAgency agency : SampleAgencies.ALL) {
            if (agency.missingYear() == year) {
                continue;
            }
            Random random = new Random(seed * 31 + (agency.name() + year).hashCode());
            PublishedFigures.Pinned pinned = PublishedFigures.find(agency.name(), year);
            for (Indicator indicator : catalog.indicators()) {
                List<CatalogItem> items = catalog.itemsOf(indicator.number());
                Double published = pinned == null ? null : pinned.indicators().get(indicator.number());
                int[] values = published != null
                        ? exact(items, hundredths(published), pinned, indicator.number(), random)
                        : synthetic(agency, year, indicator, items, random);
                for (int i = 0; i < items.size(); i++) {
                    scores.add(new Score(agency, year, items.get(i), values[i]));
                }
            }
        }
        return scores;
    }

    private static int[] exact(List<CatalogItem> items, int target, PublishedFigures.Pinned pinned, int indicator,
                               Random random) {
        if (items.get(0).tool() == Tool.OIT) {
            return ScoreSynthesis.disclosureItems(items.size(), target, random);
        }
        List<String> codes = items.stream().map(CatalogItem::code).toList();
        return ScoreSynthesis.surveyItems(codes, target, pinned.weak(), pinned.flat().contains(indicator), random);
    }

    private static int[] synthetic(SampleAgency agency, int year, Indicator indicator, List<CatalogItem> items,
                                   Random random) {
        double level = NATIONAL_LEVEL.get(year) + agency.offset() + agency.trend() * (year - 2566)
                + INDICATOR_EFFECT.get(indicator.number()) + random.nextGaussian() * 1.2;
        int target = (int) Math.round(Math.max(35.0, Math.min(100.0, level)) * 100);
        if (indicator.tool() == Tool.OIT) {
            return ScoreSynthesis.disclosureItems(items.size(), target, random);
        }
        int[] values = new int[items.size()];
        int meanEffect = items.stream().mapToInt(i -> QUESTION_EFFECT.getOrDefault(i.code(), 0)).sum() / items.size();
        for (int i = 0; i < values.length; i++) {
            int effect = QUESTION_EFFECT.getOrDefault(items.get(i).code(), 0) - meanEffect;
            int jitter = (int) Math.round(random.nextGaussian() * 120);
            values[i] = Math.max(0, Math.min(ScoreSynthesis.FULL, target + effect + jitter));
        }
        return values;
    }

    private static int hundredths(double score) {
        return (int) Math.round(score * 100);
    }

    private static void writeLong(Path file, List<List<Score>> years) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            w.write('\uFEFF');
            csv.printRecord("agency_name", "agency_type", "province", "fiscal_year", "tool", "indicator", "question",
                    "score");
            for (List<Score> year : years) {
                for (Score s : year) {
                    csv.printRecord(s.agency().name(), s.agency().type().shortTh(), s.agency().province(), s.year(),
                            s.item().tool().name(), s.item().indicator(), s.item().code(), format(s.hundredths()));
                }
            }
        }
    }

    /**
     * One row per agency: the FY2567 file imitates a Thai government Excel export (Windows-874, Thai
     * headers, short agency names, Buddhist-era year in Thai digits).
     */
    private void writeWide(Path file, List<Score> scores, Charset charset, boolean thaiStyle) throws IOException {
        Map<SampleAgency, Map<String, Integer>> rows = new LinkedHashMap<>();
        List<String> codes = new ArrayList<>();
        for (Score s : scores) {
            rows.computeIfAbsent(s.agency(), a -> new LinkedHashMap<>()).put(s.item().code(), s.hundredths());
            if (!codes.contains(s.item().code())) {
                codes.add(s.item().code());
            }
        }
        try (Writer w = Files.newBufferedWriter(file, charset);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            List<String> header = new ArrayList<>(thaiStyle
                    ? List.of("ชื่อหน่วยงาน", "ประเภท", "จังหวัด", "ปีงบประมาณ")
                    : List.of("agency_name", "agency_type", "province", "fiscal_year"));
            header.addAll(codes);
            csv.printRecord(header);
            int year = scores.get(0).year();
            for (Map.Entry<SampleAgency, Map<String, Integer>> row : rows.entrySet()) {
                SampleAgency a = row.getKey();
                boolean thaiDigits = thaiStyle && a.name().endsWith("หนองหลวง");
                List<String> cells = new ArrayList<>();
                cells.add(thaiStyle ? shortName(a) : a.name());
                cells.add(a.type().shortTh());
                cells.add(a.province());
                cells.add(thaiStyle ? thaiDigits(String.valueOf(year)) : String.valueOf(year));
                for (String code : codes) {
                    Integer v = row.getValue().get(code);
                    String text = v == null ? "" : format(v);
                    cells.add(thaiDigits ? thaiDigits(text) : text);
                }
                csv.printRecord(cells);
            }
        }
    }

    private static String shortName(SampleAgency a) {
        String core = a.type().coreName(a.name());
        return Set.of("อบต.", "ทต.", "ทม.", "ทน.", "อบจ.").contains(a.type().shortTh()) ? a.type().shortTh() + core : a.name();
    }

    static String format(int hundredths) {
        return String.format(Locale.ROOT, "%d.%02d", hundredths / 100, hundredths % 100);
    }

    private static String thaiDigits(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            sb.append(c >= '0' && c <= '9' ? (char) ('\u0E50' + (c - '0')) : c);
        }
        return sb.toString();
    }
}
