package dev.healthsync.ingest.healthsync;

import dev.healthsync.ingest.decoder.JsonCursor;
import dev.healthsync.ingest.decoder.JsonFrame;
import dev.healthsync.ingest.decoder.MalformedBodyException;
import dev.healthsync.ingest.decoder.PushDecoder;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Decoder of the HealthSync bridge contract ({@code POST /api/apple-health/sync}, docs/contracts.md#healthsync-bridge), published as
 * {@code /schemas/healthsync-batch.schema.json}. Streams the body and hands each piece to a
 * {@link HealthSyncHandler} as soon as it is read: one sample, or one workout with its route, in memory at a time.
 * <p>
 * Two kinds of failure. A broken record (a sample, workout or deletion of the wrong shape, a missing required
 * field, an unparsable date) is reported through {@code reject(path, reason)} and skipped; the next record
 * follows. A body that is not JSON, not an object at the top, or has an envelope value of the wrong type
 * ({@code "samples": {}}, {@code "batchId": 3}, a non-string anchor) throws {@link MalformedBodyException}, possibly
 * after records were already delivered: the caller must then discard them. Unknown fields and sections are
 * reported through {@code ignored(path)}. JSON null is read as absent everywhere.
 * <p>
 * Pure and stateless: no clock, no Spring, no I/O beyond the stream, which it neither closes nor reads past the
 * top-level object's end plus trailing whitespace. Thread-safe.
 */
public final class HealthSyncDecoder implements PushDecoder<HealthSyncHandler> {

    /**
     * Decodes one batch.
     *
     * @throws MalformedBodyException when the body is not a JSON object of this contract's shape at the top
     * @throws UncheckedIOException   when reading the stream itself fails
     */
    @Override
    public void decode(InputStream body, HealthSyncHandler handler) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(handler, "handler");
        JsonFrame.read(body, parser -> {
            JsonCursor in = new JsonCursor(parser, JsonFrame.FACTORY, handler);
            Sections sections = new Sections(in, handler);
            String name;
            while ((name = in.nextField()) != null) {
                sections.read(name);
            }
            return null;
        });
    }

    /** The top-level sections, in whatever order the body has them. */
    private static final class Sections {

        private final JsonCursor in;
        private final HealthSyncHandler handler;
        private final SampleSection samples;
        private final WorkoutSection workouts;

        Sections(JsonCursor in, HealthSyncHandler handler) {
            this.in = in;
            this.handler = handler;
            this.samples = new SampleSection(in, handler);
            this.workouts = new WorkoutSection(in, handler);
        }

        void read(String name) {
            switch (name) {
                case "batchId" -> {
                    String batchId = in.string("", name);
                    if (batchId != null) {
                        handler.batchId(batchId);
                    }
                }
                case "deviceId" -> {
                    String deviceId = in.string("", name);
                    if (deviceId != null) {
                        handler.deviceId(deviceId);
                    }
                }
                case "device" -> device();
                case "samples" -> {
                    if (in.startArray("", name)) {
                        in.eachRecord(name, samples::read);
                    }
                }
                case "workouts" -> {
                    if (in.startArray("", name)) {
                        in.eachRecord(name, workouts::read);
                    }
                }
                case "deleted" -> {
                    if (in.startArray("", name)) {
                        in.eachRecord(name, this::deletion);
                    }
                }
                case "anchors" -> anchors();
                default -> in.ignore("", name);
            }
        }

        private void device() {
            if (!in.startObject("", "device")) {
                return;
            }
            String name = null;
            String model = null;
            String systemVersion = null;
            String appVersion = null;
            String field;
            while ((field = in.nextField()) != null) {
                switch (field) {
                    case "name" -> name = in.string("device", field);
                    case "model" -> model = in.string("device", field);
                    case "systemVersion" -> systemVersion = in.string("device", field);
                    case "appVersion" -> appVersion = in.string("device", field);
                    default -> in.ignore("device", field);
                }
            }
            handler.device(new BridgeDevice(name, model, systemVersion, appVersion));
        }

        private void deletion(String path) {
            String uuid = null;
            String type = null;
            String field;
            while ((field = in.nextField()) != null) {
                switch (field) {
                    case "uuid" -> uuid = in.string(path, field);
                    case "type" -> type = in.string(path, field);
                    default -> in.ignore(path, field);
                }
            }
            if (uuid == null || uuid.isBlank()) {
                throw JsonCursor.invalid(path, "uuid", "missing");
            }
            handler.deleted(path, uuid, type);
        }

        private void anchors() {
            if (!in.startObject("", "anchors")) {
                return;
            }
            String type;
            while ((type = in.nextField()) != null) {
                String anchor = in.string("anchors", type);
                if (anchor != null) {
                    handler.anchor(type, anchor);
                }
            }
        }
    }
}
