package th.ita.insight.sample;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import th.ita.insight.agency.AgencyType;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.catalog.YearCatalog;
import th.ita.insight.scoring.Grade;
import th.ita.insight.scoring.Grader;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A synthetic province (น่าน) with eleven years of totals-only history, FY2558–FY2568, as an overseer
 * collects it from agencies' own announcements: a total per year and the label each year's framework
 * printed (none before 2561, words in 2561, letters 2562–2565, pass words from 2566). The national
 * dip at the FY2562 framework change is in it, so the demo shows a long series with its breaks.
 */
final class HistorySample {
    static final String FILE = "ita-history-2558-2568-totals.csv";
    private static final Map<Integer, Double> NATIONAL = Map.ofEntries(Map.entry(2558, 74.0), Map.entry(2559, 77.0),
            Map.entry(2560, 81.0), Map.entry(2561, 83.0), Map.entry(2562, 67.0), Map.entry(2563, 72.0),
            Map.entry(2564, 81.0), Map.entry(2565, 87.5), Map.entry(2566, 90.0), Map.entry(2567, 93.0),
            Map.entry(2568, 94.0));
    private static final List<SampleAgency> AGENCIES = List.of(
            SampleAgency.of("องค์การบริหารส่วนจังหวัดน่าน", AgencyType.PAO, "น่าน", 4.0, 0.0),
            SampleAgency.of("เทศบาลเมืองน่าน", AgencyType.TOWN_MUNICIPALITY, "น่าน", 2.0, 0.3),
            SampleAgency.of("เทศบาลตำบลปัว", AgencyType.SUBDISTRICT_MUNICIPALITY, "น่าน", 0.0, 0.8),
            SampleAgency.of("เทศบาลตำบลท่าวังผา", AgencyType.SUBDISTRICT_MUNICIPALITY, "น่าน", -3.0, 0.0),
            SampleAgency.of("องค์การบริหารส่วนตำบลบ่อเกลือใต้", AgencyType.SAO, "น่าน", -9.0, 1.4),
            SampleAgency.of("องค์การบริหารส่วนตำบลเชียงกลาง", AgencyType.SAO, "น่าน", -2.0, -0.6),
            SampleAgency.of("องค์การบริหารส่วนตำบลไชยสถาน", AgencyType.SAO, "น่าน", 1.0, 0.2),
            SampleAgency.of("องค์การบริหารส่วนตำบลนาน้อย", AgencyType.SAO, "น่าน", -5.0, 1.0));

    private HistorySample() {
    }

    static void write(Path dir, Catalogs catalogs, long seed) throws IOException {
        try (Writer w = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord("agency_name", "agency_type", "province", "fiscal_year", "tool", "score", "published_label");
            for (SampleAgency a : AGENCIES) {
                Random random = new Random(seed * 17 + a.name().hashCode());
                for (int year = 2558; year <= 2568; year++) {
                    double level = NATIONAL.get(year) + a.offset() + a.trend() * (year - 2563) + random.nextGaussian() * 2.0;
                    int hundredths = (int) Math.round(Math.max(30.0, Math.min(99.9, level)) * 100);
                    csv.printRecord(a.name(), a.type().shortTh(), a.province(), year, "ITA",
                            SampleGenerator.format(hundredths), printedLabel(catalogs, year, hundredths / 100.0));
                }
            }
        }
    }

    /** What agencies printed: nothing before 2561, the 2561 words, letters 2562–2565, pass words after. */
    static String printedLabel(Catalogs catalogs, int year, double total) {
        if (year < 2561) {
            return "";
        }
        if (year == 2561) {
            // The FY2561 word scale as agencies printed it; no NACC band table confirms it, so it is data only.
            return total >= 85 ? "สูงมาก" : total >= 75 ? "สูง" : total >= 65 ? "ปานกลาง" : total >= 55 ? "ต่ำ" : "ต่ำมาก";
        }
        YearCatalog catalog = catalogs.forYear(year).orElseThrow();
        Grade grade = Grader.grade(catalog, total, Map.of()).orElseThrow();
        return year >= 2566 ? (total >= 85 ? "ผ่าน" : "ไม่ผ่าน") : grade.labelTh();
    }
}
