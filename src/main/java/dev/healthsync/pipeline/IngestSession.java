package dev.healthsync.pipeline;

import dev.healthsync.storage.AggregateRow;
import dev.healthsync.storage.DocumentRow;
import dev.healthsync.storage.RecordWriter;
import dev.healthsync.storage.SampleRow;
import dev.healthsync.storage.WorkoutRow;
import java.util.ArrayList;
import java.util.List;

/**
 * One batch on its way to the store. The steps every record takes, in order:
 * <ol>
 *   <li>decode (the caller's decoder, which hands records to this sink),</li>
 *   <li>normalize and validate ({@link Normalizer}: canonical units, category codes, time order),</li>
 *   <li>identity ({@link IdentityKeys}),</li>
 *   <li>batch write ({@link RecordWriter}: chunked {@code INSERT … ON CONFLICT DO NOTHING}).</li>
 * </ol>
 * Lives inside one transaction; not thread-safe.
 */
public final class IngestSession implements RecordSink {

    /** Rejects listed in a response; more are counted, not listed, so a broken client cannot grow memory. */
    public static final int MAX_LISTED_REJECTS = 1000;

    private final RecordWriter writer;
    private final Normalizer normalizer = new Normalizer();
    private final List<Rejection> rejected = new ArrayList<>();
    private long rejectedCount;
    private long deleted;
    private long ignored;

    IngestSession(RecordWriter writer) {
        this.writer = writer;
    }

    @Override
    public void sample(RawSample sample) {
        store(normalizer.sample(sample));
    }

    /** A sample whose normalizing was done elsewhere (see {@link SamplePreparer}). */
    public void sample(PreparedSample sample) {
        store(sample.outcome);
    }

    private void store(Normalizer.Outcome<SampleRow> outcome) {
        if (outcome.rejection() != null) {
            reject(outcome.rejection());
        } else {
            writer.add(outcome.value());
        }
    }

    @Override
    public void workout(RawWorkout workout) {
        Normalizer.Outcome<WorkoutRow> outcome = normalizer.workout(workout);
        if (outcome.rejection() != null) {
            reject(outcome.rejection());
        } else {
            writer.add(outcome.value());
        }
    }

    @Override
    public void route(String path, String workoutUuid, List<RawRoutePoint> points) {
        if (workoutUuid == null || workoutUuid.isBlank()) {
            reject(path, "route without a workout uuid");
            return;
        }
        writer.attachRoute(path, workoutUuid, Normalizer.routePoints(points));
    }

    @Override
    public void aggregate(RawAggregate aggregate) {
        Normalizer.Outcome<AggregateRow> outcome = normalizer.aggregate(aggregate);
        if (outcome.rejection() != null) {
            reject(outcome.rejection());
        } else {
            writer.add(outcome.value());
        }
    }

    @Override
    public void document(RawDocument document) {
        Normalizer.Outcome<DocumentRow> outcome = normalizer.document(document);
        if (outcome.rejection() != null) {
            reject(outcome.rejection());
        } else {
            writer.add(outcome.value());
        }
    }

    @Override
    public void reject(String path, String reason) {
        reject(new Rejection(path, reason));
    }

    @Override
    public void ignored(String path) {
        ignored++;
    }

    /** Removes records the sender reports deleted (HealthKit anchored queries report deletions by UUID). */
    public void delete(List<String> uuids) {
        deleted += writer.deleteByUuid(uuids);
    }

    public long rejectedCount() {
        return rejectedCount;
    }

    /** Writes what is still buffered and reports the batch's counts. */
    public IngestCounts finish() {
        writer.finish().forEach(path -> reject(path, "no workout with this uuid"));
        return new IngestCounts(writer.samplesInserted(), writer.samplesDuplicate(), writer.workoutsInserted(),
                writer.workoutsDuplicate(), writer.routePointsInserted(), writer.aggregatesWritten(), writer.aggregatesUnchanged(),
                writer.documentsInserted(), writer.documentsDuplicate(), deleted, ignored, rejectedCount,
                List.copyOf(rejected));
    }

    private void reject(Rejection rejection) {
        rejectedCount++;
        if (rejected.size() < MAX_LISTED_REJECTS) {
            rejected.add(rejection);
        }
    }
}
