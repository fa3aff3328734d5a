package dev.healthsync.imports;

import dev.healthsync.imports.reader.ExportReader;
import dev.healthsync.imports.reader.ReadListener;
import dev.healthsync.imports.reader.ReadSummary;
import dev.healthsync.imports.reader.UnreadableExportException;
import dev.healthsync.pipeline.ChunkedIngest;
import dev.healthsync.pipeline.Ingestion;
import dev.healthsync.storage.ImportJobRecord;
import dev.healthsync.storage.ImportJobStore;
import dev.healthsync.storage.SqlDialect;
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
    private static final long WRITER_PAUSE_MILLIS = 150;

    private final Ingestion ingestion;
    private final ImportJobStore jobs;
    private final ImportProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final SqlDialect dialect;
    private final ExportReader reader = new ExportReader();

    ImportRunner(Ingestion ingestion, ImportJobStore jobs, ImportProperties properties, JsonMapper json,
                 Clock clock, SqlDialect dialect) {
        this.ingestion = ingestion;
        this.jobs = jobs;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.dialect = dialect;
    }

    /**
     * Imports {@code file} for a job this worker has claimed; returns the job as it ended. {@code progress}
     * hears about bytes read, e.g. for a progress bar.
     */
    public ImportJobRecord run(ImportJobRecord job, Path file, String worker, ReadListener progress) {
        ImportTally tally = ImportTally.fromJson(json, job.countsJson());
        long[] bytesRead = {job.bytesRead()};
        long[] bytesTotal = {job.bytesTotal() == null ? 0 : job.bytesTotal()};
        ReadListener listener = new ReadListener() {
            @Override
            public void progress(long read, long total) {
                bytesRead[0] = read;
                bytesTotal[0] = total;
                progress.progress(read, total);
            }

            @Override
            public void warning(String message) {
                progress.warning(message);
            }
        };
        WriterTurns turns = new WriterTurns(dialect.supportsConcurrentNodes() ? 0 : properties.chunkTime().toMillis());
        try (ChunkedIngest chunks = ingestion.chunked(job.userId())) {
            ImportSink[] sink = new ImportSink[1];
            sink[0] = new ImportSink(chunks, job.recordsDone(), properties.chunkRecords(),
                    properties.chunkTime().toMillis(), position -> {
                        commit(chunks, job, worker, tally, bytesRead[0], bytesTotal[0], position);
                        turns.letOthersIn();
                    });
            ReadSummary summary = ReaderThread.read(reader, file, sink[0], listener);
            tally.setReaderFindings(summary);
            commit(chunks, job, worker, tally, summary.bytesTotal(), summary.bytesTotal(), sink[0].position());
            jobs.finish(job.id(), worker, "done", null, clock.millis());
        } catch (ImportStopped stopped) {
            log.info("import {} stopped: cancelled or taken over by another node", job.id());
        } catch (UnreadableExportException unreadable) {
            jobs.finish(job.id(), worker, "failed", unreadable.getMessage(), clock.millis());
        } catch (RuntimeException failure) {
            log.error("import {} failed: {}", job.id(), failure.getClass().getName());
            jobs.finish(job.id(), worker, "failed", "the import failed on the server; it can be retried",
                    clock.millis());
        }
        return jobs.find(job.id()).orElseThrow();
    }

    private void commit(ChunkedIngest chunks, ImportJobRecord job, String worker, ImportTally tally,
                        long bytesRead, long bytesTotal, long position) {
        boolean kept = chunks.commit(counts -> {
            tally.add(counts);
            return jobs.checkpoint(job.id(), worker, bytesRead, bytesTotal, position, tally.toJson(json),
                    json.writeValueAsString(tally.warnings()), clock.millis());
        });
        if (!kept) {
            throw new ImportStopped();
        }
    }

    /**
     * SQLite has one writer at a time, and a waiting writer retries on a back-off of up to 100 ms: without a pause
     * between chunks the import would take the lock again at once, and a user's push, a cancel or the CLI in
     * another process could wait out the whole import. A pause after a commit once per {@code everyMillis} (the longest a chunk stays
     * open) lets them in at a cost of a few percent, however fast the chunks go by; 0 never pauses (PostgreSQL).
     */
    private static final class WriterTurns {

        private final long everyMillis;
        private long lastPause = System.nanoTime();

        WriterTurns(long everyMillis) {
            this.everyMillis = everyMillis;
        }

        void letOthersIn() {
            if (everyMillis == 0 || System.nanoTime() - lastPause < everyMillis * 1_000_000L) {
                return;
            }
            try {
                Thread.sleep(WRITER_PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            lastPause = System.nanoTime();
        }
    }

    /** The job was cancelled or another node took it over: this worker lets go without touching it. */
    private static final class ImportStopped extends RuntimeException {
        ImportStopped() {
            super(null, null, false, false);
        }
    }
}
