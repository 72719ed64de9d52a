package th.ita.insight.analytics;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.ingest.SparkSessions;
import th.ita.insight.text.Language;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** History as it is really published: totals only, tool scores, nine of ten indicators, mixed in files. */
class HistoryRunTest {
    private static SparkSession spark;
    private static RunOutcome outcome;
    private static Path db;

    @TempDir
    static Path dir;

    @BeforeAll
    static void runOnAMixedHistory() throws Exception {
        spark = SparkSessions.create("history-tests", "local[2]", 2);
        Path totals = dir.resolve("totals-2558-2568.csv");
        Files.writeString(totals, String.join("\n",
                "agency_name,agency_type,province,fiscal_year,tool,score,published_label",
                "สสวท.,หน่วยงานของรัฐ,,2558,ITA,79.69,",
                "สสวท.,หน่วยงานของรัฐ,,2559,ITA,83.73,",
                "สสวท.,หน่วยงานของรัฐ,,2560,,91.35,",
                "สสวท.,หน่วยงานของรัฐ,,2561,ITA,83.10,สูงมาก",
                "สสวท.,หน่วยงานของรัฐ,,2562,ITA,91.07,A",
                "สสวท.,หน่วยงานของรัฐ,,2563,ITA,90.73,A",
                "สสวท.,หน่วยงานของรัฐ,,2564,ITA,95.62,AA",
                "สสวท.,หน่วยงานของรัฐ,,2565,ITA,90.22,A",
                "สสวท.,หน่วยงานของรัฐ,,2566,ITA,86.78,A",
                "สสวท.,หน่วยงานของรัฐ,,2567,รวม,๙๑.๑๕,ผ่าน",
                "สสวท.,หน่วยงานของรัฐ,,2568,ITA,77.70,ต้องปรับปรุง",
                "มหาวิทยาลัยขอนแก่น,สถาบันอุดมศึกษา,ขอนแก่น,2566,IIT,85.67,",
                "มหาวิทยาลัยขอนแก่น,สถาบันอุดมศึกษา,ขอนแก่น,2566,EIT,84.57,",
                "มหาวิทยาลัยขอนแก่น,สถาบันอุดมศึกษา,ขอนแก่น,2566,OIT,97.50,",
                "มหาวิทยาลัยขอนแก่น,สถาบันอุดมศึกษา,ขอนแก่น,2566,ITA,90.06,A",
                "อบต.นาโสม,อบต.,ลพบุรี,2566,IIT,99.84,",
                "อบต.นาโสม,อบต.,ลพบุรี,2566,EIT,94.00,",
                "อบต.นาโสม,อบต.,ลพบุรี,2566,OIT,92.50,",
                "อบต.นาโสม,อบต.,ลพบุรี,2566,ITA,97.15,ผ่านดี",
                "อบต.ตัวอย่าง,อบต.,สตูล,2560,IIT,90,",
                "อบต.ตัวอย่าง,อบต.,สตูล,2566,XYZ,90,") + "\n", StandardCharsets.UTF_8);
        Path indicators = dir.resolve("o42-indicators-mixed.csv");
        Files.writeString(indicators, String.join("\n",
                "หน่วยงาน,ประเภท,จังหวัด,ปีงบประมาณ,ตัวชี้วัดที่ 1,ตัวชี้วัดที่ 2,ตัวชี้วัดที่ 3,ตัวชี้วัดที่ 4,ตัวชี้วัดที่ 5,"
                        + "ตัวชี้วัดที่ 6,ตัวชี้วัดที่ 7,ตัวชี้วัดที่ 8,ตัวชี้วัดที่ 9,ตัวชี้วัดที่ 10,คะแนนรวม",
                "อบต.นาทอน,อบต.,สตูล,2566,99.44,97.75,98.79,97.47,98.79,92.83,91.26,90.33,100,100,96.98",
                "อบต.นาทอน,อบต.,สตูล,2565,99.10,97.00,98.00,97.00,,92.00,91.00,90.00,100,100,") + "\n",
                StandardCharsets.UTF_8);
        db = dir.resolve("history.duckdb");
        outcome = new BatchRun(spark).run(new RunOptions(List.of(totals, indicators), db, RunOptions.defaultStore(db),
                RunOptions.defaultRejects(db), null, true, Language.EN, "local[2]", 2));
    }

    private static List<String> query(String sql) throws Exception {
        return Duck.query(db, sql);
    }

    private static List<String> totals(String agency) throws Exception {
        return query("SELECT fiscal_year, total, origin, published_label, grade, grade_basis FROM score_total "
                + "JOIN agency USING (agency_id) WHERE name_th = '" + agency + "' ORDER BY fiscal_year");
    }

    @Test
    void a_totals_only_history_publishes_every_year_with_both_labels_and_grades_where_bands_decide() throws Exception {
        assertEquals(List.of(
                "2558 79.69 published null null null",
                "2559 83.73 published null null null",
                "2560 91.35 published null null null",
                "2561 83.1 published สูงมาก null null",
                "2562 91.07 published A A total_only",
                "2563 90.73 published A A total_only",
                "2564 95.62 published AA AA total_only",
                "2565 90.22 published A A total_only",
                "2566 86.78 published A PASS_OR_BETTER total_only",
                "2567 91.15 published ผ่าน PASS_OR_BETTER total_only",
                "2568 77.7 published ต้องปรับปรุง IMPROVE total_only"), totals("สสวท."));
        assertEquals(List.of("0"), query("SELECT count(*) FROM score_tool JOIN agency USING (agency_id) WHERE name_th = 'สสวท.'"),
                "the lower tables stay empty for totals-only rows");
    }

    @Test
    void published_tool_scores_one_hundredth_off_the_total_are_rounding_and_two_points_off_are_warned() throws Exception {
        assertEquals(List.of("2566 90.06 published A PASS tools"), totals("มหาวิทยาลัยขอนแก่น"));
        assertEquals(List.of("rounding total 90.06 90.07"), query("SELECT kind, level, published, computed FROM run_note "
                + "JOIN agency USING (agency_id) WHERE name_th = 'มหาวิทยาลัยขอนแก่น'"));
        assertEquals(List.of("2566 97.15 published ผ่านดี GOOD tools"), totals("อบต.นาโสม"));
        assertEquals(1, outcome.warnings().size(), outcome.warnings().toString());
        RunOutcome.Warning w = outcome.warnings().get(0);
        assertEquals("อบต.นาโสม", w.agency());
        assertEquals(2566, w.fiscalYear());
        assertTrue(w.messageEn().contains("97.15 / 95.15"), w.messageEn());
    }

    @Test
    void nine_of_ten_indicators_derive_no_total_and_say_why() throws Exception {
        assertEquals(List.of("2566 96.98 published null GOOD tools"), totals("อบต.นาทอน"));
        assertEquals(List.of("incomplete tool IIT", "incomplete total total"), query("SELECT kind, level, key FROM run_note "
                + "JOIN agency USING (agency_id) WHERE name_th = 'อบต.นาทอน' AND fiscal_year = 2565 ORDER BY level"));
        assertEquals(List.of("EIT computed", "OIT computed"), query("SELECT tool, origin FROM score_tool JOIN agency "
                + "USING (agency_id) WHERE name_th = 'อบต.นาทอน' AND fiscal_year = 2565 ORDER BY tool"));
        assertEquals(List.of("9"), query("SELECT count(*) FROM score_indicator JOIN agency USING (agency_id) "
                + "WHERE name_th = 'อบต.นาทอน' AND fiscal_year = 2565 AND origin = 'input'"));
    }

    @Test
    void components_in_a_totals_only_year_and_unknown_tools_are_rejected() throws Exception {
        assertEquals(2, outcome.rejected());
        assertEquals(List.of("LEVEL_NOT_IN_FRAMEWORK", "BAD_TOOL"), List.copyOf(outcome.rejectsByReason().keySet()).stream()
                .sorted((a, b) -> b.compareTo(a)).toList());
    }

    @Test
    void method_breaks_are_published_for_the_dashboard() throws Exception {
        assertEquals(List.of("2562", "2566", "2568"), query("SELECT fiscal_year FROM catalog_year WHERE method_break ORDER BY 1"));
        assertEquals(List.of("total_only"), query("SELECT framework FROM catalog_year WHERE fiscal_year = 2561"));
    }
}
