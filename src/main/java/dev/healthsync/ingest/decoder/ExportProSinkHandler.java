package dev.healthsync.ingest.decoder;

import dev.healthsync.pipeline.RawAggregate;
import dev.healthsync.pipeline.RawDocument;
import dev.healthsync.pipeline.RawRoutePoint;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.pipeline.RawWorkout;
import dev.healthsync.pipeline.RecordSink;
import java.util.List;

/**
 * Presents a plain {@link RecordSink} as the {@link HealthSyncHandler} that {@link JsonCursor} is typed on, so
 * this decoder reuses the cursor's typed reads, rejects and skips. The cursor itself only reports rejects and
 * ignored paths; the bridge-only callbacks cannot occur in a Health Export Pro body and are refused loudly.
 */
final class ExportProSinkHandler implements HealthSyncHandler {

    private final RecordSink sink;

    ExportProSinkHandler(RecordSink sink) {
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
        throw bridgeOnly();
    }

    @Override
    public void deviceId(String deviceId) {
        throw bridgeOnly();
    }

    @Override
    public void device(BridgeDevice device) {
        throw bridgeOnly();
    }

    @Override
    public void deleted(String path, String uuid, String type) {
        throw bridgeOnly();
    }

    @Override
    public void anchor(String type, String anchor) {
        throw bridgeOnly();
    }

    private static IllegalStateException bridgeOnly() {
        return new IllegalStateException("not part of the Health Export Pro contract");
    }
}
