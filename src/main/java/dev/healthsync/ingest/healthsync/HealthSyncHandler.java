package dev.healthsync.ingest.healthsync;

import dev.healthsync.pipeline.RecordSink;

/**
 * Receives what {@link HealthSyncDecoder} reads from a HealthSync bridge batch, in document order, as soon as
 * each piece has been read: envelope values ({@link #batchId}, {@link #deviceId}, {@link #device}) the moment
 * they are read, each sample and workout once its element is complete and before the next element is read,
 * each deletion and anchor likewise. A record that cannot be read arrives as {@link #reject} in its place.
 * <p>
 * A handler may throw to stop decoding early (for example on a {@code batchId} already applied); the exception
 * propagates unchanged out of {@link HealthSyncDecoder#decode}.
 */
public interface HealthSyncHandler extends RecordSink {

    /** The client's id of this batch; a repeated id means a replay of a batch already sent. */
    void batchId(String batchId);

    /** The stable id of the bridge installation that sent the batch. */
    void deviceId(String deviceId);

    /** The phone running the bridge. */
    void device(BridgeDevice device);

    /**
     * HealthKit reported the sample with this UUID as deleted.
     *
     * @param path JSON path of the entry, e.g. {@code deleted[0]}
     * @param type the sample's type identifier, or null when the app did not send it
     */
    void deleted(String path, String uuid, String type);

    /** The app's opaque anchored-query position for a type, stored so that a reinstalled app can resume. */
    void anchor(String type, String anchor);
}
