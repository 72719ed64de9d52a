package th.ita.insight.analytics.survey;

import th.ita.insight.catalog.Catalogs;
import th.ita.insight.catalog.YearCatalog;
import th.ita.insight.ingest.read.UnreadableInputException;
import th.ita.insight.ingest.report.RejectReport;
import th.ita.insight.ingest.survey.SurveyFileReader;
import th.ita.insight.ingest.survey.SurveyMapping;
import th.ita.insight.ingest.survey.SurveyRead;
import th.ita.insight.measures.MeasureCatalog;
import th.ita.insight.store.AtomicPublisher;
import th.ita.insight.store.PublishLock;
import th.ita.insight.survey.Projection;
import th.ita.insight.survey.SelfAssessment;
import th.ita.insight.survey.SelfAssessmentScorer;
import th.ita.insight.survey.SurveyCoding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One {@code ./ita survey}: read the export into coded answers held in memory, score them with the
 * catalog's coding and the official roll-up, project the total, weak items and measures, and
 * republish the database with the aggregates. Plain Java, no Spark: a survey of 10,000 respondents is
 * a few megabytes (docs/self-assessment.md). The raw answers are let go when this returns.
 */
public final class SurveyRun {
    private SurveyRun() {
    }

    /** @throws UnreadableInputException when the file, the database or the agency cannot be used (nothing published) */
    public static SurveyOutcome run(SurveyOptions o) throws IOException, SQLException {
        long start = System.nanoTime();
        Instant at = Instant.now();
        if (!Files.isRegularFile(o.db())) {
            throw new UnreadableInputException(o.db(), "no published database here: run './ita run' first",
                    "ไม่มีฐานข้อมูลที่เผยแพร่แล้ว: ใช้ './ita run' ก่อน");
        }
        YearCatalog year = Catalogs.bundled().forYear(o.fiscalYear()).orElse(null);
        SurveyCoding coding = SurveyCoding.forYear(o.fiscalYear()).orElse(null);
        if (year == null || coding == null) {
            throw new UnreadableInputException(o.input(), "FY" + o.fiscalYear() + " has no survey coding in the catalog",
                    "ปีงบประมาณ " + o.fiscalYear() + " ไม่มีเกณฑ์แปลงคำตอบในแคตตาล็อก");
        }
        Map<String, String> mapping = o.map() == null ? Map.of() : SurveyMapping.read(o.map());
        SurveyRead read = new SurveyFileReader(year, o.tool(), coding, mapping)
                .read(o.input(), o.input().getFileName().toString());
        Map<String, Long> rejects = RejectReport.write(read.rejects(), o.rejects());
        String runId = "survey-" + Long.toHexString(System.currentTimeMillis()) + "-"
                + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
        Result result = new Result();
        // One writer at a time: a batch publishing meanwhile would drop this self-assessment (or the other way round).
        try (PublishLock lock = PublishLock.acquire(o.db())) {
            AtomicPublisher.republish(o.db(), runId, c -> {
                SurveyContext ctx = SurveyContext.load(c, o.agencyId(), year, o.tool());
                if (ctx == null) {
                    throw new UnreadableInputException(o.db(), "no agency with id '" + o.agencyId() + "' in the database "
                            + "(load its official scores with './ita run' first; ids are listed on the dashboard)",
                            "ไม่พบหน่วยงานรหัส '" + o.agencyId() + "' ในฐานข้อมูล (นำเข้าคะแนนทางการด้วย './ita run' ก่อน)");
                }
                SelfAssessment s = new SelfAssessmentScorer(year, coding, o.replicates(), o.seed())
                        .score(o.tool(), read.answers(), read.subItems(), ctx.agencyTypeCode());
                Map<th.ita.insight.catalog.Tool, Double> selfTools = new HashMap<>(ctx.otherSelfTools());
                selfTools.put(o.tool(), s.toolScore().score());
                Map<String, Double> items = new HashMap<>(ctx.otherSelfItems());
                s.questions().stream().filter(q -> q.figure().score() != null)
                        .forEach(q -> items.put(q.code(), q.figure().score()));
                Projection p = Projection.of(year, new Projection.Inputs(selfTools, ctx.officialTools(), o.givenOit(), items,
                        ctx.peerMedians(), ctx.peerP75(), ctx.weakBefore()), o.weakItems(), MeasureCatalog.bundled(),
                        Catalogs.bundled());
                SelfAssessmentWriter.write(c, o.agencyId(), s, p, ctx.officialYear(),
                        new SelfAssessmentWriter.Source(o.input().getFileName().toString(),
                                rejects.values().stream().mapToLong(Long::longValue).sum(), at));
                result.name = ctx.name();
                result.assessment = s;
                result.projection = p;
                result.officialYear = ctx.officialYear();
            });
        }
        return new SurveyOutcome(result.name, read.description(), read.columns(), read.rows(), result.assessment,
                result.projection, result.officialYear, rejects, (System.nanoTime() - start) / 1_000_000);
    }

    /** Filled inside the publish, read after it succeeded. */
    private static final class Result {
        String name;
        SelfAssessment assessment;
        Projection projection;
        Integer officialYear;
    }
}
