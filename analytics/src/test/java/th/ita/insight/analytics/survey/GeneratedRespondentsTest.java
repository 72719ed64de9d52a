package th.ita.insight.analytics.survey;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.analytics.BatchRun;
import th.ita.insight.analytics.RunOptions;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.ingest.SparkSessions;
import th.ita.insight.sample.NationalGenerator;
import th.ita.insight.text.Language;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./ita generate --respondents} end to end: the national scores go through the batch, each generated
 * questionnaire export through {@code ./ita survey} — every column matched, every answer read (exit 0, no
 * rejects) — and the projected tool score lands near the official score the answers were drawn from.
 */
class GeneratedRespondentsTest {
    @TempDir
    static Path dir;
    private static Path db;
    private static NationalGenerator.Respondents respondents;

    @BeforeAll
    static void generateAndPublish() throws Exception {
        NationalGenerator.Written w = new NationalGenerator(Catalogs.bundled(), 7).write(dir.resolve("in"), 40, 2567, 2568, true);
        respondents = w.respondents();
        db = dir.resolve("ita.duckdb");
        new BatchRun(SparkSessions.create("respondents-tests", "local[2]", 2)).run(new RunOptions(w.files(), db,
                RunOptions.defaultStore(db), RunOptions.defaultRejects(db), null, true, Language.EN, "local[2]", 2));
    }

    @Test
    void each_generated_export_is_read_whole_and_projects_near_the_official_score() throws Exception {
        List<String> index = Files.readAllLines(respondents.dir().resolve("index.csv"));
        assertEquals(2568, respondents.year());
        for (String line : index.subList(1, 7)) { // three agencies, IIT and EIT each
            String[] cells = line.split(",");
            String file = cells[0];
            String agency = cells[1];
            String tool = cells[5];
            SurveyCli cli = new SurveyCli();
            int code = cli.run("--input", respondents.dir().resolve(file).toString(), "--agency", agency, "--year", "2568",
                    "--tool", tool, "--db", db.toString(), "--lang", "en");
            assertEquals(0, code, file + ": " + cli.err + cli.out);
            List<String> projected = SurveyCli.query(db, "SELECT score, respondents FROM self_assessment_tool WHERE agency_id = '"
                    + agency + "' AND fiscal_year = 2568 AND tool = '" + tool + "'");
            assertEquals(1, projected.size(), file);
            String[] p = projected.get(0).split(" ");
            assertEquals(cells[6], p[1], file + ": every respondent counted");
            double official = Double.parseDouble(SurveyCli.query(db, "SELECT score FROM score_tool WHERE agency_id = '" + agency
                    + "' AND fiscal_year = 2568 AND tool = '" + tool + "'").get(0));
            // 30+ respondents × 15–30 questions: the tool's mean is within about a point of what was drawn from.
            assertEquals(official, Double.parseDouble(p[0]), 3.0, file + " projected against official");
            assertTrue(cli.out.toString().contains("respondents " + cells[6]), cli.out.toString());
        }
    }
}
