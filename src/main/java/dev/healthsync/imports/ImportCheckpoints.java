package dev.healthsync.imports;

import dev.healthsync.imports.reader.ReadListener;
import dev.healthsync.pipeline.ChunkedIngest;
import dev.healthsync.storage.ImportJobRecord;
import dev.healthsync.storage.ImportJobStore;
import dev.healthsync.storage.WriterTurns;
import java.time.Clock;
import tools.jackson.databind.json.JsonMapper;

/**
 * Commits an import's chunks, each with the job's checkpoint in the same transaction: how many records of the
 * export it covers, the bytes read so far and the counts. Hears the reader's progress on the writer's thread and
 * passes it on. A checkpoint the store refuses (the job was cancelled, or another node took it over) rolls the
 * chunk back and stops the import. Not thread-safe: the import's writer thread only.
 */
final class ImportCheckpoints implements ReadListener {

    private final ChunkedIngest chunks;
    private final ImportJobStore jobs;
    private final ImportJobRecord job;
    private final String worker;
    private final ImportTally tally;
    private final JsonMapper json;
    private final Clock clock;
    private final WriterTurns.Turns turns;
    private final ReadListener progress;
    private long bytesRead;
    private long bytesTotal;

    ImportCheckpoints(ChunkedIngest chunks, ImportJobStore jobs, ImportJobRecord job, String worker, ImportTally tally,
                      JsonMapper json, Clock clock, WriterTurns.Turns turns, ReadListener progress) {
        this.chunks = chunks;
        this.jobs = jobs;
        this.job = job;
        this.worker = worker;
        this.tally = tally;
        this.json = json;
        this.clock = clock;
        this.turns = turns;
        this.progress = progress;
        this.bytesRead = job.bytesRead();
        this.bytesTotal = job.bytesTotal() == null ? 0 : job.bytesTotal();
    }

    /** Commits the open chunk, which ends at record {@code position} of the export. */
    void commit(long position) {
        tally.add(chunks.finishChunk());
        boolean kept = jobs.checkpoint(job.id(), worker, bytesRead, bytesTotal, position, tally.toJson(json),
                json.writeValueAsString(tally.warnings()), clock.millis());
        if (!kept) {
            chunks.rollback();
            throw new ImportStopped();
        }
        chunks.commit();
        turns.afterCommit();
    }

    /** The last chunk, once the whole file is read: everything counts as read. */
    void commitLast(long position, long bytes) {
        bytesRead = bytes;
        bytesTotal = bytes;
        commit(position);
    }

    @Override
    public void progress(long read, long total) {
        bytesRead = read;
        bytesTotal = total;
        progress.progress(read, total);
    }

    @Override
    public void warning(String message) {
        progress.warning(message);
    }

    /** The job was cancelled or another node took it over: this worker lets go without touching it. */
    static final class ImportStopped extends RuntimeException {
        ImportStopped() {
            super(null, null, false, false);
        }
    }
}
