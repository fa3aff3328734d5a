package dev.healthsync.imports;

import dev.healthsync.pipeline.ChunkedIngest;
import dev.healthsync.pipeline.PreparedSample;
import dev.healthsync.pipeline.RawAggregate;
import dev.healthsync.pipeline.RawDocument;
import dev.healthsync.pipeline.RawRoutePoint;
import dev.healthsync.pipeline.RawWorkout;
import java.util.List;

/**
 * Between the export reader and the chunked pipeline: numbers every record the reader hands over, drops those a
 * previous run already committed (the reader's order is deterministic), and asks for a commit when a chunk is
 * full or has been open for too long, so that a resumed import continues at the exact record and other writers
 * are never kept waiting long on SQLite. Samples arrive prepared (normalized, with identity) by the reader thread, or
 * raw for the writer's thread to prepare when the reader is the slower one.
 */
final class ImportSink {

    private final ChunkedIngest chunks;
    private final long alreadyCommitted;
    private final int chunkRecords;
    private final long chunkMillis;
    private final ImportCheckpoints checkpoints;
    private long position;
    private long inChunk;
    private long chunkStarted = System.nanoTime();

    ImportSink(ChunkedIngest chunks, long alreadyCommitted, int chunkRecords, long chunkMillis,
               ImportCheckpoints checkpoints) {
        this.chunks = chunks;
        this.alreadyCommitted = alreadyCommitted;
        this.chunkRecords = chunkRecords;
        this.chunkMillis = chunkMillis;
        this.checkpoints = checkpoints;
    }

    void sample(PreparedSample sample) {
        if (next()) {
            chunks.session().sample(sample);
            counted();
        }
    }

    void workout(RawWorkout workout) {
        if (next()) {
            chunks.session().workout(workout);
            counted();
        }
    }

    void route(String path, String workoutUuid, List<RawRoutePoint> points) {
        if (next()) {
            chunks.session().route(path, workoutUuid, points);
            counted();
        }
    }

    void looseRoute(String file, List<RawRoutePoint> points) {
        if (next()) {
            chunks.session().looseRoute(file, points);
            counted();
        }
    }

    void aggregate(RawAggregate aggregate) {
        if (next()) {
            chunks.session().aggregate(aggregate);
            counted();
        }
    }

    void document(RawDocument document) {
        if (next()) {
            chunks.session().document(document);
            counted();
        }
    }

    void reject(String path, String type, String reason) {
        if (next()) {
            chunks.session().reject(path, type, reason);
            counted();
        }
    }

    void ignored(String path) {
        chunks.session().ignored(path);
    }

    /** Records read so far, committed or not. */
    long position() {
        return position;
    }

    private boolean next() {
        position++;
        return position > alreadyCommitted;
    }

    private void counted() {
        inChunk++;
        if (inChunk >= chunkRecords || System.nanoTime() - chunkStarted > chunkMillis * 1_000_000L) {
            checkpoints.commit(position);
            inChunk = 0;
            chunkStarted = System.nanoTime();
        }
    }
}
