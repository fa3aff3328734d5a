package dev.healthsync.cli.push;

import dev.healthsync.pipeline.RawAggregate;
import dev.healthsync.pipeline.RawDocument;
import dev.healthsync.pipeline.RawRoutePoint;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.pipeline.RawWorkout;
import dev.healthsync.pipeline.RecordSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Cuts the export's records into batches of at most {@code batchSize} (a workout weighs one plus its route
 * points, so a long route does not make a huge body) and hands each full batch on. Records the format cannot
 * carry are counted by reason instead; so are records the reader could not read. Not thread-safe.
 */
final class Batcher implements RecordSink {

    private final BatchEncoder encoder;
    private final int batchSize;
    private final BatchIds ids;
    private final Consumer<Batch> output;
    private final List<Integer> records = new ArrayList<>();
    private final List<Long> routePoints = new ArrayList<>();
    private final Map<String, Long> skipped = new TreeMap<>();
    private long unreadable;
    private long accepted;
    private Batch current;
    private long weight;

    Batcher(BatchEncoder encoder, int batchSize, BatchIds ids, Consumer<Batch> output) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        this.encoder = encoder;
        this.batchSize = batchSize;
        this.ids = ids;
        this.output = output;
    }

    @Override
    public void sample(RawSample sample) {
        String reason = sample.start() == null ? "record without a start date" : encoder.skipReason(sample);
        if (reason != null) {
            skip(reason);
            return;
        }
        room(1);
        current.samples().add(sample);
        added(1);
    }

    @Override
    public void workout(RawWorkout workout) {
        String reason = workout.start() == null || workout.end() == null ? "workout without start or end date"
                : encoder.skipReason(workout);
        if (reason != null) {
            skip(reason);
            return;
        }
        room(1 + workout.route().size());
        current.workouts().add(workout);
        added(1 + workout.route().size());
    }

    @Override
    public void document(RawDocument document) {
        String reason = encoder.skipReason(document);
        if (reason != null) {
            skip(reason);
            return;
        }
        room(1);
        current.documents().add(document);
        added(1);
    }

    @Override
    public void aggregate(RawAggregate aggregate) {
        // ActivitySummary days: a summary the Health app computes, not a record any of the apps pushes
        skip(aggregate.type() + ": day summaries are not pushed");
    }

    @Override
    public void route(String path, String workoutUuid, List<RawRoutePoint> points) {
        skip("route apart from its workout");
    }

    @Override
    public void looseRoute(String file, List<RawRoutePoint> points) {
        skip("route file no workout refers to");
    }

    @Override
    public void reject(String path, String reason) {
        unreadable++;
    }

    @Override
    public void ignored(String path) {
        // unknown elements and attributes: the import counts them; a push has nowhere to send them
    }

    /** Hands on the last, partly filled batch. */
    void finish() {
        if (current != null && current.records() > 0) {
            flush();
        }
    }

    long accepted() {
        return accepted;
    }

    Manifest manifest(ExportFile export, String sha256, PushFormat format, String destination) {
        return new Manifest(Manifest.VERSION, export.size(), export.modifiedMillis(), sha256, format.cliName(),
                batchSize, destination, List.copyOf(records), List.copyOf(routePoints), Map.copyOf(skipped),
                unreadable);
    }

    /** Starts a new batch when this record would not fit the current one (a record never spans two). */
    private void room(long recordWeight) {
        if (current != null && weight > 0 && weight + recordWeight > batchSize) {
            flush();
        }
        if (current == null) {
            int number = records.size() + 1;
            current = new Batch(number, ids.of(number));
            weight = 0;
        }
    }

    private void added(long recordWeight) {
        accepted++;
        weight += recordWeight;
        if (weight >= batchSize) {
            flush();
        }
    }

    private void flush() {
        Batch batch = current;
        current = null;
        records.add(batch.records());
        routePoints.add(batch.routePoints());
        output.accept(batch);
    }

    private void skip(String reason) {
        skipped.merge(reason, 1L, Long::sum);
    }
}
