package th.ita.insight.analytics;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import th.ita.insight.analytics.publish.DuckDbPublisher;
import th.ita.insight.analytics.publish.RunInfo;
import th.ita.insight.analytics.steps.AgencyStep;
import th.ita.insight.analytics.steps.AnalysisStep;
import th.ita.insight.analytics.steps.PeerStep;
import th.ita.insight.analytics.steps.RollupStep;
import th.ita.insight.catalog.Catalogs;
import th.ita.insight.ingest.IngestJob;
import th.ita.insight.ingest.IngestResult;
import th.ita.insight.ingest.read.UnreadableInputException;
import th.ita.insight.ingest.report.RejectReport;
import th.ita.insight.ingest.store.CanonicalStore;
import th.ita.insight.store.PublishLock;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.col;

/**
 * One batch run: ingest → rejects report → merge into the canonical store → roll-ups → publish.
 * Nothing in force changes until every step before it has succeeded: the store's pointer moves only
 * after the database is published (a kill -9 at any earlier point leaves both as they were). One run at
 * a time per database ({@link PublishLock}), which also clears what a killed run left behind.
 */
public final class BatchRun {
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final SparkSession spark;

    public BatchRun(SparkSession spark) {
        this.spark = spark;
    }

    /** @throws UnreadableInputException when an input cannot be read at all (nothing is published) */
    public RunOutcome run(RunOptions options) throws IOException, SQLException {
        return run(options, new PhaseTimes());
    }

    /**
     * The same, recording the time of each phase (ingest, analytics, publish) in {@code times}.
     *
     * @throws PublishLock.Busy when another batch or survey is publishing the same database
     */
    public RunOutcome run(RunOptions options, PhaseTimes times) throws IOException, SQLException {
        try (PublishLock lock = PublishLock.acquire(options.db())) {
            CanonicalStore store = new CanonicalStore(options.store());
            Optional<String> published = RunInfo.publishedRunId(options.db());
            if (published.isPresent()) {
                store.adopt(published.get());
            }
            return locked(options, times, store);
        }
    }

    private RunOutcome locked(RunOptions options, PhaseTimes times, CanonicalStore store) throws IOException, SQLException {
        Instant started = Instant.now();
        String runId = RUN_ID.format(started) + "-" + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
        Catalogs catalogs = Catalogs.bundled();

        IngestResult ingest = new IngestJob(spark).run(options.inputs(), options.format());
        Dataset<Row> scores = ingest.scores(); // not cached: read from the inputs once, by the store's write
        long loaded = ingest.scoresLoaded();
        Map<String, Long> rejects = RejectReport.write(ingest.rejects(), options.rejects());
        long rejected = rejects.values().stream().mapToLong(Long::longValue).sum();

        Path version = store.write(store.merge(spark, new CanonicalStore.Contents(scores, ingest.spellings()),
                ingest.levels(), options.fresh()), runId);
        // The ingest's caches are done with once the store is written: free the memory for the analytics.
        spark.catalog().clearCache();
        // Not cached: each step reads only the Parquet columns it needs, which costs less than building an
        // in-memory copy of every canonical row (at national size that copy spilled to disk).
        Dataset<Row> all = store.read(spark, version);
        long stored = all.count();
        times.end("ingest");
        Dataset<Row> agencies = AgencyStep.apply(spark, store.spellings(spark, version))
                .persist(StorageLevel.MEMORY_AND_DISK());
        RollupStep.Derived derived = RollupStep.apply(all);
        Dataset<Row> totals = derived.totals();
        PeerStep.Peers peers = PeerStep.apply(derived, agencies);
        AnalysisStep.Analysis analysis = AnalysisStep.apply(derived, peers, agencies, options.weakItems());

        // The pointer moves only once the database is published, so a run killed at any point before
        // leaves the pointer on the version the published file was built from.
        Optional<Path> previous = store.current();
        try {
            RunInfo info = new RunInfo(runId, started, inputsLabel(options), ingest.rowsIn(), loaded, rejected, stored,
                    catalogs.version(), BatchRun.class.getPackage().getImplementationVersion() == null ? "dev"
                    : BatchRun.class.getPackage().getImplementationVersion());
            new DuckDbPublisher(options.db()).publish(version, agencies, derived, peers, analysis, catalogs, info,
                    () -> times.end("analytics"));
        } catch (IOException | SQLException | RuntimeException e) {
            CanonicalStore.deleteTree(version);
            throw e;
        }
        store.switchTo(version);
        store.pruneExcept(previous);
        times.end("publish");
        RunOutcome outcome = new RunOutcome(runId, ingest.rowsIn(), loaded, rejected, ingest.duplicatesCollapsed(),
                stored, agencies.count(), totals.count(), rejects, ingest.files(), warnings(derived.notes(), agencies));
        spark.sqlContext().clearCache();
        return outcome;
    }

    /** Published figures that disagree with their components, named by agency and year, for the summary. */
    private static List<RunOutcome.Warning> warnings(Dataset<Row> notes, Dataset<Row> agencies) {
        return notes.filter(col("kind").equalTo("mismatch"))
                .join(agencies.select("agency_id", "name_th"), "agency_id")
                .orderBy("name_th", "fiscal_year", "level", "key")
                .select("name_th", "fiscal_year", "message_th", "message_en")
                .collectAsList().stream()
                .map(r -> new RunOutcome.Warning(r.getString(0), r.getInt(1), r.getString(2), r.getString(3)))
                .toList();
    }

    private static String inputsLabel(RunOptions options) {
        return options.inputs().stream().map(Path::toString).collect(Collectors.joining(";"));
    }
}
