package dev.healthsync.imports;

import dev.healthsync.imports.reader.ExportReader;
import dev.healthsync.imports.reader.ReadListener;
import dev.healthsync.imports.reader.ReadSummary;
import dev.healthsync.imports.reader.UnreadableExportException;
import dev.healthsync.pipeline.ChunkedIngest;
import dev.healthsync.pipeline.Ingestion;
import dev.healthsync.storage.ImportJobRecord;
import dev.healthsync.storage.ImportJobStore;
import dev.healthsync.storage.WriterTurns;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one claimed import job: reads the export and writes it chunk by chunk, each chunk committed with the
 * job's checkpoint. A job that was interrupted resumes after the records its last checkpoint covers, with the
 * counts that checkpoint holds, so it ends with exactly what an uninterrupted run gives.
 */
@Component
public class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final Ingestion ingestion;
    private final ImportJobStore jobs;
    private final ImportProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final WriterTurns writerTurns;
    private final ImportMetrics metrics;
    private final ExportReader reader = new ExportReader();

    ImportRunner(Ingestion ingestion, ImportJobStore jobs, ImportProperties properties, JsonMapper json,
                 Clock clock, WriterTurns writerTurns, ImportMetrics metrics) {
        this.ingestion = ingestion;
        this.jobs = jobs;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.writerTurns = writerTurns;
        this.metrics = metrics;
    }

    /**
     * Imports {@code file} for a job this worker has claimed; returns the job as it ended. {@code progress}
     * hears about bytes read, e.g. for a progress bar.
     */
    public ImportJobRecord run(ImportJobRecord job, Path file, String worker, ReadListener progress) {
        ImportTally tally = ImportTally.fromJson(json, job.countsJson());
        long started = System.nanoTime();
        String status = "failed";
        ImportSink sink = null;
        try (ChunkedIngest chunks = ingestion.chunked(job.userId())) {
            ImportCheckpoints checkpoints = new ImportCheckpoints(chunks, jobs, job, worker, tally, json, clock,
                    writerTurns.every(properties.chunkTime()), progress);
            sink = new ImportSink(chunks, job.recordsDone(), properties.chunkRecords(),
                    properties.chunkTime().toMillis(), checkpoints);
            ReadSummary summary = ReaderThread.read(reader, file, sink, checkpoints);
            tally.setReaderFindings(summary);
            checkpoints.commitLast(sink.position(), summary.bytesTotal());
            jobs.finish(job.id(), worker, "done", null, clock.millis());
            status = "done";
        } catch (ImportCheckpoints.ImportStopped stopped) {
            log.info("import {} stopped: cancelled or taken over by another node", job.id());
            status = "cancelled";
        } catch (UnreadableExportException unreadable) {
            jobs.finish(job.id(), worker, "failed", unreadable.getMessage(), clock.millis());
        } catch (RuntimeException failure) {
            log.error("import {} failed: {}", job.id(), failure.getClass().getName());
            jobs.finish(job.id(), worker, "failed", "the import failed on the server; it can be retried",
                    clock.millis());
        }
        long read = sink == null ? 0 : Math.max(0, sink.position() - job.recordsDone());
        metrics.ran(status, read, System.nanoTime() - started);
        return jobs.find(job.id()).orElseThrow();
    }
}
