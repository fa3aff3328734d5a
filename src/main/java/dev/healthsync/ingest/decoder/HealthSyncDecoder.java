package dev.healthsync.ingest.decoder;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

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
public final class HealthSyncDecoder {

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /**
     * Decodes one batch.
     *
     * @throws MalformedBodyException when the body is not a JSON object of this contract's shape at the top
     * @throws UncheckedIOException   when reading the stream itself fails
     */
    public void decode(InputStream body, HealthSyncHandler handler) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(handler, "handler");
        JsonParser parser = null;
        try {
            parser = JSON.createParser(ObjectReadContext.empty(), body);
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedBodyException("", "expected a JSON object at the top level");
            }
            JsonCursor in = new JsonCursor(parser, JSON, handler);
            Sections sections = new Sections(in, handler);
            String name;
            while ((name = in.nextField()) != null) {
                sections.read(name);
            }
            if (parser.nextToken() != null) {
                throw new MalformedBodyException("", "not valid JSON: content after the top-level object");
            }
        } catch (InvalidField e) {
            throw new MalformedBodyException(e.path(), e.reason());
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        } catch (JacksonException e) {
            String path = parser == null ? "" : JsonPaths.of(parser.streamReadContext());
            throw new MalformedBodyException(path, "not valid JSON: " + shortReason(e));
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
    }

    /** Jackson's reason without the location and source excerpt, and without any token copied from the body. */
    static String shortReason(JacksonException e) {
        String reason = e.getOriginalMessage();
        if (reason == null || reason.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int newline = reason.indexOf('\n');
        if (newline >= 0) {
            reason = reason.substring(0, newline);
        }
        int source = reason.indexOf("[Source:");
        if (source >= 0) {
            reason = reason.substring(0, source).replaceFirst("\\s*\\((start marker )?at\\s*$", "").strip();
        }
        return reason.replaceFirst("^Unrecognized token '[^']*'", "Unrecognized token");
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
