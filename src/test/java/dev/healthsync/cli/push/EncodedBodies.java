package dev.healthsync.cli.push;

import dev.healthsync.ingest.autoexport.HaeOptions;
import dev.healthsync.ingest.autoexport.HealthAutoExportDecoder;
import dev.healthsync.ingest.decoder.PushDecoder;
import dev.healthsync.ingest.exportpro.HealthExportProDecoder;
import dev.healthsync.ingest.healthsync.BridgeDevice;
import dev.healthsync.ingest.healthsync.HealthSyncDecoder;
import dev.healthsync.ingest.healthsync.HealthSyncHandler;
import dev.healthsync.pipeline.RawDocument;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.pipeline.RawWorkout;
import dev.healthsync.testing.CollectingSink;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** Encodes records with a push encoder and decodes the body with the server's own decoder for that contract. */
final class EncodedBodies {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-10T20:04:11Z"), ZoneOffset.UTC);

    private EncodedBodies() {
    }

    /** One batch holding every record of {@code records} the encoder accepts. */
    static Batch batch(BatchEncoder encoder, CollectingSink records) {
        Batch batch = new Batch(1, "3f2c8f8e-0000-4000-8000-000000000001");
        for (RawSample sample : records.samples) {
            if (encoder.skipReason(sample) == null) {
                batch.samples().add(sample);
            }
        }
        for (RawWorkout workout : records.workouts) {
            if (encoder.skipReason(workout) == null) {
                batch.workouts().add(workout);
            }
        }
        for (RawDocument document : records.documents) {
            if (encoder.skipReason(document) == null) {
                batch.documents().add(document);
            }
        }
        return batch;
    }

    static byte[] encode(BatchEncoder encoder, Batch batch) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (JsonGenerator out = new JsonFactory().createGenerator(ObjectWriteContext.empty(), body)) {
            encoder.write(batch, out);
        }
        return body.toByteArray();
    }

    static Decoded decode(PushFormat format, byte[] body) {
        PushDecoder<? super Decoded> decoder = switch (format) {
            case HEALTHSYNC -> new HealthSyncDecoder();
            case EXPORT_PRO -> new HealthExportProDecoder();
            // a zone far from the records' offsets: every date the encoder writes must carry its own offset
            case AUTO_EXPORT -> new HealthAutoExportDecoder(
                    new HaeOptions(ZoneId.of("Pacific/Kiritimati"), HaeOptions.NONE));
        };
        Decoded decoded = new Decoded();
        decoder.decode(new ByteArrayInputStream(body), decoded);
        return decoded;
    }

    /** What a decoder handed over, including the HealthSync envelope. */
    static final class Decoded extends CollectingSink implements HealthSyncHandler {
        String batchId;
        String deviceId;
        BridgeDevice device;

        @Override
        public void batchId(String id) {
            batchId = id;
        }

        @Override
        public void deviceId(String id) {
            deviceId = id;
        }

        @Override
        public void device(BridgeDevice bridge) {
            device = bridge;
        }

        @Override
        public void deleted(String path, String uuid, String type) {
            throw new AssertionError("the push never deletes");
        }

        @Override
        public void anchor(String type, String anchor) {
            throw new AssertionError("the push sends no anchors");
        }
    }
}
