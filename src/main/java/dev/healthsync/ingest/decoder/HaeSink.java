package dev.healthsync.ingest.decoder;

import dev.healthsync.pipeline.RawAggregate;
import dev.healthsync.pipeline.RawDocument;
import dev.healthsync.pipeline.RawRoutePoint;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.pipeline.RawWorkout;
import dev.healthsync.pipeline.RecordSink;
import java.util.List;

/**
 * A {@link RecordSink} seen as the {@link HealthSyncHandler} that {@link JsonCursor} reports rejects and ignored
 * fields to. The cursor only ever calls {@link #reject} and {@link #ignored}; the bridge-only calls cannot come
 * from a Health Auto Export body and fail loudly if they ever do.
 */
final class HaeSink implements HealthSyncHandler {

    private final RecordSink sink;

    HaeSink(RecordSink sink) {
        this.sink = sink;
    }

    @Override
    public void sample(RawSample sample) {
        sink.sample(sample);
    }

    @Override
    public void workout(RawWorkout workout) {
        sink.workout(workout);
    }

    @Override
    public void route(String path, String workoutUuid, List<RawRoutePoint> points) {
        sink.route(path, workoutUuid, points);
    }

    @Override
    public void aggregate(RawAggregate aggregate) {
        sink.aggregate(aggregate);
    }

    @Override
    public void document(RawDocument document) {
        sink.document(document);
    }

    @Override
    public void reject(String path, String reason) {
        sink.reject(path, reason);
    }

    @Override
    public void ignored(String path) {
        sink.ignored(path);
    }

    @Override
    public void batchId(String batchId) {
        throw new UnsupportedOperationException("not a HealthSync batch");
    }

    @Override
    public void deviceId(String deviceId) {
        throw new UnsupportedOperationException("not a HealthSync batch");
    }

    @Override
    public void device(BridgeDevice device) {
        throw new UnsupportedOperationException("not a HealthSync batch");
    }

    @Override
    public void deleted(String path, String uuid, String type) {
        throw new UnsupportedOperationException("not a HealthSync batch");
    }

    @Override
    public void anchor(String type, String anchor) {
        throw new UnsupportedOperationException("not a HealthSync batch");
    }
}
