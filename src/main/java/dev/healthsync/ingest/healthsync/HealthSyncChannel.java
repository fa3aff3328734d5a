package dev.healthsync.ingest.healthsync;

import dev.healthsync.ingest.PushChannel;
import dev.healthsync.ingest.PushIngest;
import dev.healthsync.ingest.PushRequest;
import dev.healthsync.ingest.PushResult;
import dev.healthsync.ingest.decoder.PushDecoder;
import dev.healthsync.pipeline.IngestCounts;
import dev.healthsync.pipeline.IngestSession;
import dev.healthsync.storage.PushStore;
import dev.healthsync.storage.RawArchiveIndex;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HealthSync bridge contract (docs/contracts.md#healthsync-bridge): records, deletions and anchors of one batch, and a receipt that
 * a repeated {@code batchId} is answered from.
 */
@Component
class HealthSyncChannel implements PushChannel {

    static final String NAME = "healthsync";

    private final PushStore pushes;
    private final RawArchiveIndex archiveIndex;
    private final JsonMapper json;
    private final Clock clock;
    private final PushDecoder<HealthSyncHandler> decoder = new HealthSyncDecoder();

    HealthSyncChannel(PushStore pushes, RawArchiveIndex archiveIndex, JsonMapper json, Clock clock) {
        this.pushes = pushes;
        this.archiveIndex = archiveIndex;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PushResult apply(PushRequest request, InputStream body, IngestSession session) {
        long userId = request.userId();
        HealthSyncBatchHandler handler = new HealthSyncBatchHandler(session, batchId -> {
            if (!request.reprocess()) {
                pushes.findReceipt(userId, NAME, batchId).ifPresent(stored -> {
                    throw new PushIngest.AnsweredEarly("replayed", replayReceipt(stored));
                });
            }
        });
        decoder.decode(body, handler);
        handler.flushDeletes();
        IngestCounts counts = session.finish();
        PushIngest.requireSomethingStored(counts, handler.deletesRequested() > 0);
        String receipt = json.writeValueAsString(receipt(handler, counts));
        saveEnvelope(request, handler, receipt);
        return new PushResult(receipt, counts);
    }

    private void saveEnvelope(PushRequest request, HealthSyncBatchHandler handler, String receipt) {
        long userId = request.userId();
        long now = clock.millis();
        String deviceId = handler.deviceId();
        if (deviceId != null) {
            archiveIndex.identifyDevice(request.archiveId(), deviceId);
            BridgeDevice device = handler.device();
            pushes.saveDevice(userId, device == null
                    ? new PushStore.PushDevice(deviceId, null, null, null, null)
                    : new PushStore.PushDevice(deviceId, device.name(), device.model(), device.systemVersion(),
                    device.appVersion()), now);
            handler.anchors().forEach((type, anchor) -> pushes.saveAnchor(userId, deviceId, type, anchor, now));
        }
        if (handler.batchId() != null && !request.reprocess() && !pushes.saveReceipt(userId, NAME,
                handler.batchId(), deviceId, request.archiveId(), now, receipt)) {
            String stored = pushes.findReceipt(userId, NAME, handler.batchId()).orElseThrow();
            throw new PushIngest.AnsweredEarly("replayed", replayReceipt(stored));
        }
    }

    private static Map<String, Object> receipt(HealthSyncBatchHandler handler, IngestCounts counts) {
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("ok", true);
        receipt.put("batchId", handler.batchId());
        receipt.put("inserted", inserted(counts.samplesInserted(), counts.workoutsInserted(),
                counts.routePointsInserted()));
        receipt.put("duplicates", counts.duplicates());
        receipt.put("deleted", counts.deleted());
        receipt.put("rejected", counts.rejected());
        receipt.put("rejectedCount", counts.rejectedCount());
        receipt.put("ignored", counts.ignored());
        return receipt;
    }

    /**
     * The answer to a repeated batch: this request inserted nothing and everything the batch held is a duplicate,
     * and the receipt stored when the batch was first applied is returned with it.
     */
    private String replayReceipt(String storedReceipt) {
        JsonNode original = json.readTree(storedReceipt);
        JsonNode inserted = original.path("inserted");
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("ok", true);
        receipt.put("batchId", original.path("batchId").asString());
        receipt.put("inserted", inserted(0, 0, 0));
        receipt.put("duplicates", inserted.path("samples").asLong() + inserted.path("workouts").asLong()
                + original.path("duplicates").asLong());
        receipt.put("deleted", 0);
        receipt.put("rejected", original.path("rejected"));
        receipt.put("rejectedCount", original.path("rejectedCount").asLong());
        receipt.put("ignored", original.path("ignored").asLong());
        receipt.put("replayed", true);
        receipt.put("original", original);
        return json.writeValueAsString(receipt);
    }

    private static Map<String, Object> inserted(long samples, long workouts, long routePoints) {
        Map<String, Object> inserted = new LinkedHashMap<>();
        inserted.put("samples", samples);
        inserted.put("workouts", workouts);
        inserted.put("routePoints", routePoints);
        return inserted;
    }
}
