package dev.healthsync.ingest;

import dev.healthsync.ingest.decoder.BridgeDevice;
import dev.healthsync.ingest.decoder.HealthSyncDecoder;
import dev.healthsync.pipeline.IngestCounts;
import dev.healthsync.pipeline.Ingestion;
import dev.healthsync.storage.PushStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HealthSync bridge contract (DESIGN §4.1): archive the body, decode it into the pipeline in one
 * transaction, apply deletions and anchors, and answer with a receipt that a repeated {@code batchId} gets back.
 */
@Service
public class HealthSyncIngest {

    static final String CHANNEL = "healthsync";

    private final RawArchive archive;
    private final Ingestion ingestion;
    private final PushStore pushes;
    private final JsonMapper json;
    private final Clock clock;
    private final HealthSyncDecoder decoder = new HealthSyncDecoder();

    HealthSyncIngest(RawArchive archive, Ingestion ingestion, PushStore pushes, JsonMapper json, Clock clock) {
        this.archive = archive;
        this.ingestion = ingestion;
        this.pushes = pushes;
        this.json = json;
        this.clock = clock;
    }

    /** Stores a batch and returns its receipt as JSON. */
    public String sync(long userId, InputStream body, boolean gzipped) {
        RawArchive.ArchivedBody archived = archive.store(userId, CHANNEL, body, gzipped);
        return process(archived);
    }

    /** Runs an archived body through the current decoder; used for new requests and by {@code reprocess}. */
    public String process(RawArchive.ArchivedBody archived) {
        long userId = archived.userId();
        try {
            String receipt = ingestion.apply(userId, session -> {
                HealthSyncBatchHandler handler = new HealthSyncBatchHandler(session, batchId ->
                        pushes.findReceipt(userId, CHANNEL, batchId).ifPresent(stored -> {
                            throw new ReplayedBatch(stored);
                        }));
                try (InputStream in = archive.open(archived)) {
                    decoder.decode(in, handler);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                handler.flushDeletes();
                IngestCounts counts = session.finish();
                if (counts.accepted() == 0 && counts.rejectedCount() > 0 && handler.deletesRequested() == 0) {
                    throw new UnprocessableBatchException(counts.rejectedCount(), counts.rejected());
                }
                String receiptJson = json.writeValueAsString(receipt(handler, counts));
                saveEnvelope(userId, archived, handler, receiptJson);
                return receiptJson;
            });
            archive.finished(archived, "processed", null, null);
            return receipt;
        } catch (ReplayedBatch replay) {
            archive.finished(archived, "replayed", null, null);
            return replayReceipt(replay.receipt);
        } catch (RuntimeException e) {
            archive.finished(archived, e instanceof dev.healthsync.system.ProblemException ? "rejected" : "failed",
                    null, e.getMessage());
            throw e;
        }
    }

    private void saveEnvelope(long userId, RawArchive.ArchivedBody archived, HealthSyncBatchHandler handler,
                              String receiptJson) {
        long now = clock.millis();
        String deviceId = handler.deviceId();
        if (deviceId != null) {
            BridgeDevice device = handler.device();
            pushes.saveDevice(userId, device == null
                    ? new PushStore.PushDevice(deviceId, null, null, null, null)
                    : new PushStore.PushDevice(deviceId, device.name(), device.model(), device.systemVersion(),
                    device.appVersion()), now);
            handler.anchors().forEach((type, anchor) -> pushes.saveAnchor(userId, deviceId, type, anchor, now));
        }
        if (handler.batchId() != null && !pushes.saveReceipt(userId, CHANNEL, handler.batchId(), deviceId,
                archived.id(), now, receiptJson)) {
            throw new ReplayedBatch(pushes.findReceipt(userId, CHANNEL, handler.batchId()).orElseThrow());
        }
    }

    private static Map<String, Object> receipt(HealthSyncBatchHandler handler, IngestCounts counts) {
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("ok", true);
        receipt.put("batchId", handler.batchId());
        Map<String, Object> inserted = new LinkedHashMap<>();
        inserted.put("samples", counts.samplesInserted());
        inserted.put("workouts", counts.workoutsInserted());
        inserted.put("routePoints", counts.routePointsInserted());
        receipt.put("inserted", inserted);
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
        long accepted = inserted.path("samples").asLong() + inserted.path("workouts").asLong()
                + original.path("duplicates").asLong();
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("ok", true);
        receipt.put("batchId", original.path("batchId").asString());
        Map<String, Object> none = new LinkedHashMap<>();
        none.put("samples", 0);
        none.put("workouts", 0);
        none.put("routePoints", 0);
        receipt.put("inserted", none);
        receipt.put("duplicates", accepted);
        receipt.put("deleted", 0);
        receipt.put("rejected", original.path("rejected"));
        receipt.put("rejectedCount", original.path("rejectedCount").asLong());
        receipt.put("ignored", original.path("ignored").asLong());
        receipt.put("replayed", true);
        receipt.put("original", original);
        return json.writeValueAsString(receipt);
    }

    /** Unwinds the transaction of a batch that was applied before; carries the receipt stored then. */
    private static final class ReplayedBatch extends RuntimeException {
        private final String receipt;

        ReplayedBatch(String receipt) {
            super(null, null, false, false);
            this.receipt = receipt;
        }
    }
}
