package dev.healthsync.pipeline;

import dev.healthsync.storage.AggregateRow;
import dev.healthsync.storage.DocumentRow;
import dev.healthsync.storage.RecordWriter;
import dev.healthsync.storage.SampleRow;
import dev.healthsync.storage.WorkoutRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One batch on its way to the store. The steps every record takes, in order:
 * <ol>
 *   <li>decode (the caller's decoder, which hands records to this sink),</li>
 *   <li>normalize and validate ({@link Normalizer}: canonical units, category codes, time order; route points
 *   by {@link RoutePoints}, dropping invalid ones),</li>
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
    private final SkipGroups skips = new SkipGroups();
    private final SkipGroups warnings = new SkipGroups();
    private final Map<String, long[]> otherTypes = new TreeMap<>();
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

    /** A sample normalized on another thread (see {@link SamplePreparer}), or to normalize here. */
    public void sample(PreparedSample sample) {
        store(sample.outcome != null ? sample.outcome : normalizer.sample(sample.raw));
    }

    /**
     * Samples of types the catalog does not know are written one by one, so the report can say how many of each
     * were new: they are rare, and a user wants to see that {@code HKDataTypeSleepDurationGoal} was kept.
     */
    private void store(Normalizer.Outcome<SampleRow> outcome) {
        if (outcome.rejection() != null) {
            reject(outcome);
            return;
        }
        SampleRow row = outcome.value();
        if (!outcome.outsideTheCatalog()) {
            writer.add(row);
        } else {
            long[] counts = otherTypes.computeIfAbsent(row.type(), type -> new long[2]);
            counts[writer.addAlone(row) ? 0 : 1]++;
        }
    }

    @Override
    public void workout(RawWorkout workout) {
        Normalizer.Outcome<WorkoutRow> outcome = normalizer.workout(workout);
        if (outcome.rejection() != null) {
            reject(outcome);
        } else {
            writer.add(outcome.value());
            outcome.dropped().forEach(this::reject);
        }
    }

    @Override
    public void route(String path, String workoutUuid, List<RawRoutePoint> points) {
        if (workoutUuid == null || workoutUuid.isBlank()) {
            reject(path, "route without a workout uuid");
            return;
        }
        RoutePoints.Checked route = Normalizer.route(path, points);
        route.dropped().forEach(this::reject);
        if (!route.points().isEmpty()) {
            writer.attachRoute(path, workoutUuid, Normalizer.routePoints(route.points()));
        }
    }

    /**
     * A route file no workout refers to: attached to the workout whose time range contains it, else kept as a
     * document of its own, which the report's warnings mention with its number of points.
     */
    @Override
    public void looseRoute(String file, List<RawRoutePoint> sent) {
        RoutePoints.Checked checked = Normalizer.route(file, sent);
        checked.dropped().forEach(this::reject);
        List<RawRoutePoint> points = checked.points();
        if (points.isEmpty()) {
            return;
        }
        List<WorkoutRow.RoutePoint> route = Normalizer.routePoints(points);
        if (writer.attachRouteWithin(route)) {
            return;
        }
        writer.add(normalizer.looseRoute(file, points));
        warnings.add("GpxFile", null, "no workout refers to it or spans its " + points.size()
                + " points; kept as an unattached route", 1, file, 0, 0);
    }

    @Override
    public void aggregate(RawAggregate aggregate) {
        Normalizer.Outcome<AggregateRow> outcome = normalizer.aggregate(aggregate);
        if (outcome.rejection() != null) {
            reject(outcome);
        } else {
            writer.add(outcome.value());
        }
    }

    @Override
    public void document(RawDocument document) {
        Normalizer.Outcome<DocumentRow> outcome = normalizer.document(document);
        if (outcome.rejection() != null) {
            reject(outcome);
        } else {
            writer.add(outcome.value());
        }
    }

    @Override
    public void reject(String path, String reason) {
        reject(path, null, reason);
    }

    @Override
    public void reject(String path, String type, String reason) {
        String field = RecordPaths.field(path);
        reject(new Rejection(path, reason), type, field == null ? reason : field + " " + reason);
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
        Map<String, Long> otherInserted = new TreeMap<>();
        Map<String, Long> otherDuplicate = new TreeMap<>();
        otherTypes.forEach((type, counts) -> {
            putIfAny(otherInserted, type, counts[0]);
            putIfAny(otherDuplicate, type, counts[1]);
        });
        return new IngestCounts(writer.samplesInserted(), writer.samplesDuplicate(), writer.workoutsInserted(),
                writer.workoutsDuplicate(), writer.routePointsInserted(), writer.aggregatesWritten(), writer.aggregatesUnchanged(),
                writer.documentsInserted(), writer.documentsDuplicateByKind(), deleted, ignored, rejectedCount,
                List.copyOf(rejected), skips.list(), otherInserted, otherDuplicate, warnings.list());
    }

    private static void putIfAny(Map<String, Long> counts, String key, long n) {
        if (n > 0) {
            counts.put(key, n);
        }
    }

    private void reject(Normalizer.Outcome<?> outcome) {
        reject(outcome.rejection(), outcome.type(), outcome.problem());
    }

    private void reject(Rejection rejection, String type, String problem) {
        rejectedCount++;
        if (rejected.size() < MAX_LISTED_REJECTS) {
            rejected.add(rejection);
        }
        skips.add(rejection.path(), type, problem);
    }
}
