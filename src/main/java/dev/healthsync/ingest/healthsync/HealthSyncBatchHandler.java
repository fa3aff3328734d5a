package dev.healthsync.ingest.healthsync;

import dev.healthsync.pipeline.IngestSession;
import dev.healthsync.pipeline.RawAggregate;
import dev.healthsync.pipeline.RawDocument;
import dev.healthsync.pipeline.RawRoutePoint;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.pipeline.RawWorkout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Receives one decoded HealthSync batch: records go to the pipeline as they arrive, deletions in chunks,
 * and the envelope (batch id, device, anchors) is kept for the receipt.
 */
final class HealthSyncBatchHandler implements HealthSyncHandler {

    private static final int DELETE_CHUNK = 500;

    private final IngestSession session;
    private final Consumer<String> onBatchId;
    private final List<String> pendingDeletes = new ArrayList<>();
    private final Map<String, String> anchors = new LinkedHashMap<>();
    private String batchId;
    private String deviceId;
    private BridgeDevice device;
    private long deletesRequested;

    HealthSyncBatchHandler(IngestSession session, Consumer<String> onBatchId) {
        this.session = session;
        this.onBatchId = onBatchId;
    }

    @Override
    public void batchId(String batchId) {
        this.batchId = batchId;
        onBatchId.accept(batchId);
    }

    @Override
    public void deviceId(String deviceId) {
        this.deviceId = deviceId;
    }

    @Override
    public void device(BridgeDevice device) {
        this.device = device;
    }

    @Override
    public void sample(RawSample sample) {
        session.sample(sample);
    }

    @Override
    public void workout(RawWorkout workout) {
        session.workout(workout);
    }

    @Override
    public void reject(String path, String reason) {
        session.reject(path, reason);
    }

    @Override
    public void deleted(String path, String uuid, String type) {
        deletesRequested++;
        pendingDeletes.add(uuid);
        if (pendingDeletes.size() == DELETE_CHUNK) {
            flushDeletes();
        }
    }

    @Override
    public void anchor(String type, String anchor) {
        anchors.put(type, anchor);
    }

    @Override
    public void route(String path, String workoutUuid, List<RawRoutePoint> points) {
        session.route(path, workoutUuid, points);
    }

    @Override
    public void aggregate(RawAggregate aggregate) {
        session.aggregate(aggregate);
    }

    @Override
    public void document(RawDocument document) {
        session.document(document);
    }

    @Override
    public void ignored(String path) {
        session.ignored(path);
    }

    void flushDeletes() {
        if (!pendingDeletes.isEmpty()) {
            session.delete(List.copyOf(pendingDeletes));
            pendingDeletes.clear();
        }
    }

    String batchId() {
        return batchId;
    }

    String deviceId() {
        return deviceId;
    }

    BridgeDevice device() {
        return device;
    }

    Map<String, String> anchors() {
        return anchors;
    }

    long deletesRequested() {
        return deletesRequested;
    }
}
