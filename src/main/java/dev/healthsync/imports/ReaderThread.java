package dev.healthsync.imports;

import dev.healthsync.imports.reader.ExportReader;
import dev.healthsync.imports.reader.ReadListener;
import dev.healthsync.imports.reader.ReadSummary;
import dev.healthsync.pipeline.PreparedSample;
import dev.healthsync.pipeline.RawAggregate;
import dev.healthsync.pipeline.RawDocument;
import dev.healthsync.pipeline.RawRoutePoint;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.pipeline.RawWorkout;
import dev.healthsync.pipeline.RecordSink;
import dev.healthsync.pipeline.SamplePreparer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads an export on a thread of its own while the caller's thread writes: parsing and writing each keep one core
 * busy, so on two cores the import runs at the speed of the slower one instead of their sum. Samples are
 * normalized and hashed ({@link SamplePreparer}) here while the writer is behind, by the writer while it keeps up.
 * Records and listener calls reach the caller in the reader's order, in batches through a bounded queue. A
 * batch is bounded by weight, not count: a workout weighs one plus its route points, since one workout can carry
 * thousands of them, so the reader is never more than {@link #MAX_WEIGHT_AHEAD} records and points ahead and
 * memory stays flat however long the export.
 */
final class ReaderThread {

    private static final int BATCH_WEIGHT = 1024;
    private static final int QUEUED_BATCHES = 8;
    static final int MAX_WEIGHT_AHEAD = BATCH_WEIGHT * (QUEUED_BATCHES + 1);

    private ReaderThread() {
    }

    /** Reads {@code file} with {@code reader}, delivering everything to {@code sink} and {@code listener} here. */
    static ReadSummary read(ExportReader reader, Path file, ImportSink sink, ReadListener listener) {
        BlockingQueue<List<Event>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        Producer producer = new Producer(queue);
        Thread thread = new Thread(() -> producer.run(reader, file), "export-reader");
        thread.setDaemon(true);
        thread.start();
        try {
            while (true) {
                List<Event> batch = queue.take();
                for (Event event : batch) {
                    if (event instanceof End end) {
                        return end.finish();
                    }
                    event.deliver(sink, listener);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing", e);
        } finally {
            producer.aborted = true;
            queue.clear();
            thread.interrupt();
        }
    }

    /** Something the reader produced, replayed on the caller's thread. */
    private interface Event {
        void deliver(ImportSink sink, ReadListener listener);
    }

    /** The reader finished, with its summary, or failed. */
    private record End(ReadSummary summary, RuntimeException failure) implements Event {

        @Override
        public void deliver(ImportSink sink, ReadListener listener) {
        }

        ReadSummary finish() {
            if (failure != null) {
                throw failure;
            }
            return summary;
        }
    }

    /** Collects the reader's calls into batches and queues them; stops the reader once the caller gave up. */
    private static final class Producer implements RecordSink, ReadListener {

        private final BlockingQueue<List<Event>> queue;
        private final SamplePreparer preparer = new SamplePreparer();
        private List<Event> batch = new ArrayList<>();
        private int weight;
        private boolean writerKeepsUp;
        private volatile boolean aborted;

        Producer(BlockingQueue<List<Event>> queue) {
            this.queue = queue;
        }

        void run(ExportReader reader, Path file) {
            End end;
            try {
                end = new End(reader.read(file, this, this), null);
            } catch (RuntimeException failure) {
                end = new End(null, failure);
            }
            if (!aborted) {
                batch.add(end);
                try {
                    flush();
                } catch (ReaderStopped callerGaveUp) {
                    // The caller stopped taking records while the end was being queued: nobody waits for it.
                }
            }
        }

        /**
         * While the writer keeps up (the queue is less than half full), it normalizes and hashes samples itself, so
         * the two threads share the work whichever of them is the slower at this part of the file: records with
         * beat lists and GPX routes take the reader longer, plain records and commits the writer.
         */
        @Override
        public void sample(RawSample sample) {
            PreparedSample prepared = writerKeepsUp ? PreparedSample.raw(sample) : preparer.prepare(sample);
            add((sink, listener) -> sink.sample(prepared));
        }

        @Override
        public void workout(RawWorkout workout) {
            add((sink, listener) -> sink.workout(workout), 1 + workout.route().size());
        }

        @Override
        public void route(String path, String workoutUuid, List<RawRoutePoint> points) {
            add((sink, listener) -> sink.route(path, workoutUuid, points), 1 + points.size());
        }

        @Override
        public void looseRoute(String file, List<RawRoutePoint> points) {
            add((sink, listener) -> sink.looseRoute(file, points), 1 + points.size());
        }

        @Override
        public void aggregate(RawAggregate aggregate) {
            add((sink, listener) -> sink.aggregate(aggregate));
        }

        @Override
        public void document(RawDocument document) {
            add((sink, listener) -> sink.document(document));
        }

        @Override
        public void reject(String path, String reason) {
            add((sink, listener) -> sink.reject(path, null, reason));
        }

        @Override
        public void reject(String path, String type, String reason) {
            add((sink, listener) -> sink.reject(path, type, reason));
        }

        @Override
        public void ignored(String path) {
            add((sink, listener) -> sink.ignored(path));
        }

        @Override
        public void progress(long bytesRead, long bytesTotal) {
            add((sink, listener) -> listener.progress(bytesRead, bytesTotal));
        }

        @Override
        public void warning(String message) {
            add((sink, listener) -> listener.warning(message));
        }

        private void add(Event event) {
            add(event, 1);
        }

        private void add(Event event, int eventWeight) {
            batch.add(event);
            weight += eventWeight;
            if (weight >= BATCH_WEIGHT) {
                flush();
            }
        }

        private void flush() {
            try {
                while (!aborted && !queue.offer(batch, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    Thread.onSpinWait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                aborted = true;
            }
            if (aborted) {
                throw new ReaderStopped();
            }
            batch = new ArrayList<>();
            weight = 0;
            writerKeepsUp = queue.size() < QUEUED_BATCHES / 2;
        }
    }

    /** Unwinds the reader after the caller stopped taking records. */
    private static final class ReaderStopped extends RuntimeException {
        ReaderStopped() {
            super(null, null, false, false);
        }
    }
}
