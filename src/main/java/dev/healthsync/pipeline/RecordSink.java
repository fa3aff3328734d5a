package dev.healthsync.pipeline;

/**
 * Where a decoder delivers records as it streams through a body. Decoders never hold a whole batch:
 * they hand over each record as soon as it is read, and report records they could not read as rejects.
 */
public interface RecordSink {

    void sample(RawSample sample);

    void workout(RawWorkout workout);

    /**
     * Route points of a workout sent apart from it (Health Export Pro's {@code workoutRoutes}); they are attached
     * to the workout with this UUID, whether it came earlier, later in the same batch, or in an earlier batch.
     */
    void route(String path, String workoutUuid, java.util.List<RawRoutePoint> points);

    /**
     * Route points from a file no workout refers to ({@code workout-routes/*.gpx} in an export without a
     * {@code FileReference}); {@code file} names it inside the export. Only the export reader finds such files;
     * a sink that cannot place them rejects them.
     */
    default void looseRoute(String file, java.util.List<RawRoutePoint> points) {
        reject(file, "route file no workout refers to");
    }

    /** A bucketed summary; replaces an earlier value of the same bucket. */
    void aggregate(RawAggregate aggregate);

    /** A record kept whole as JSON. */
    void document(RawDocument document);

    /** A record that could not be read; the reason never contains the record's values. */
    void reject(String path, String reason);

    /** A record of a known HealthKit type (or activity) that could not be read; for reports that group by type. */
    default void reject(String path, String type, String reason) {
        reject(path, reason);
    }

    /** A field or section the decoder does not understand; counted, kept in the raw archive, never an error. */
    void ignored(String path);
}
