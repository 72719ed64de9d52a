package th.ita.insight.analytics.survey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.analytics.publish.OfficialFixture;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How long 10,000 respondents take, end to end through the command (read, code, 1,000 bootstrap
 * replicates, project, republish). The synthetic file is generated here, never committed. Run:
 * {@code mvn -B -o -pl data,ingest,analytics test -Dtest=SurveyTimingTest -Dsurefire.failIfNoSpecifiedTests=false}
 */
class SurveyTimingTest {
    static final String[] LABELS = {"มากที่สุด", "มาก", "น้อย", "น้อยที่สุดหรือไม่มีเลย"};

    @TempDir
    Path dir;

    /** A Google-Forms-like IIT export: timestamp, e-mail, i1–i30 (labels; i4–i6, i16, i17 มี/ไม่มี), free text. */
    static Path generate(Path file, int respondents, long seed) throws Exception {
        Random r = new Random(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("ประทับเวลา,อีเมล");
            for (int q = 1; q <= 30; q++) {
                w.write(",i" + q);
            }
            w.write(",ข้อเสนอแนะ\n");
            for (int i = 0; i < respondents; i++) {
                w.write("2024-02-01 10:00:" + (i % 60) + ",staff" + i + "@example.go.th");
                for (int q = 1; q <= 30; q++) {
                    boolean yesNo = q == 4 || q == 5 || q == 6 || q == 16 || q == 17;
                    w.write("," + (r.nextInt(50) == 0 ? "" : yesNo ? (r.nextInt(10) == 0 ? "มี" : "ไม่มี")
                            : LABELS[Math.min(3, (int) Math.abs(r.nextGaussian() * 1.2))]));
                }
                w.write(",\n");
            }
        }
        return file;
    }

    @Test
    void ten_thousand_respondents_take_a_few_seconds() throws Exception {
        Path db = OfficialFixture.publish(dir.resolve("ita.duckdb"));
        Path csv = generate(dir.resolve("iit-10000.csv"), 10_000, 2567);
        SurveyCli cli = new SurveyCli();
        long start = System.nanoTime();
        assertEquals(0, cli.run("--input", csv.toString(), "--agency", OfficialFixture.AGENCY, "--year", "2567",
                "--tool", "IIT", "--db", db.toString(), "--lang", "en"), cli.err.toString());
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("ita survey, 10,000 respondents × 30 questions, 1,000 replicates: " + ms + " ms (wall, in-process)");
        System.out.println(cli.out.toString().lines().filter(l -> l.startsWith("IIT ") || l.startsWith("took"))
                .reduce("", (a, b) -> a + b + "\n"));
        assertEquals("10000", SurveyCli.query(db, "SELECT respondents FROM self_assessment_tool").get(0));
        assertTrue(ms < 60_000, "10,000 respondents must not take minutes: " + ms + " ms");
    }
}
