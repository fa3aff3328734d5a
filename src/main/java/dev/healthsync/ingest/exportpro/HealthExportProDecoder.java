package dev.healthsync.ingest.exportpro;

import dev.healthsync.ingest.decoder.JsonFrame;
import dev.healthsync.ingest.decoder.MalformedBodyException;
import dev.healthsync.ingest.decoder.PushDecoder;
import dev.healthsync.pipeline.RecordSink;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Consumer;
import tools.jackson.core.JsonToken;

/**
 * Decoder of the Health Export Pro app's REST push ({@code POST /api/health-data}, docs/contracts.md#health-export-pro): {@code {exportDate,
 * startDate, endDate, syncSource, characteristics?, data: {<HealthKit identifier>: [samples], workouts,
 * medicationDoseEvents, medications}, workoutRoutes?: {<workout uuid>: [points]}}}, fields in any order. Streams
 * the body and hands each record to the {@link RecordSink} as soon as it is read: one sample, workout or document
 * in memory at a time, plus the route of one workout.
 * <p>
 * Only the envelope is publicly documented, so records are read leniently (see the section classes): numbers
 * may be strings, units null, dates with or without millis and offset (no offset: UTC, flagged in the record's
 * metadata as {@code "HEPAssumedUTC": true}), sources and devices objects or strings. A broken record is reported
 * through {@code reject(path, reason)} and skipped; so is a section of the wrong shape. Unknown sections and
 * fields are reported through {@code ignored(path)}. JSON null is read as absent everywhere.
 * <p>
 * A body that is not JSON, not an object at the top, or whose {@code data} is not an object throws
 * {@link MalformedBodyException}, possibly after records were already delivered: the caller must then discard
 * them. Pure and stateless: no clock, no Spring, no I/O beyond the stream, which it neither closes nor reads
 * past the top-level object's end plus trailing whitespace. Thread-safe.
 */
public final class HealthExportProDecoder implements PushDecoder<RecordSink> {

    /** Decodes one push, discarding the envelope. */
    @Override
    public void decode(InputStream body, RecordSink sink) {
        decode(body, sink, envelope -> { });
    }

    /**
     * Decodes one push. {@code envelope} is called once, after the last record, with the envelope fields seen
     * wherever they were in the body; not at all when the body is malformed.
     *
     * @throws MalformedBodyException when the body is not a JSON object of this contract's shape at the top
     * @throws UncheckedIOException   when reading the stream itself fails
     */
    public void decode(InputStream body, RecordSink sink, Consumer<ExportProEnvelope> envelope) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(envelope, "envelope");
        TopLevel top = JsonFrame.read(body, parser -> {
            TopLevel fields = new TopLevel(new ExportProReader(parser, JsonFrame.FACTORY, sink));
            fields.readAll();
            return fields;
        });
        envelope.accept(top.envelope());
    }

    /** The top-level fields, in whatever order the body has them. */
    private static final class TopLevel {

        private final ExportProReader in;
        private final ExportProRouteSection routes;
        private final ExportProDocumentSection documents;
        private final ExportProDataSection data;
        private String exportDate;
        private String startDate;
        private String endDate;
        private String syncSource;

        TopLevel(ExportProReader in) {
            this.in = in;
            this.routes = new ExportProRouteSection(in);
            this.documents = new ExportProDocumentSection(in);
            this.data = new ExportProDataSection(in, routes, documents);
        }

        void readAll() {
            String name;
            while ((name = in.nextField()) != null) {
                switch (name) {
                    case "exportDate" -> exportDate = envelopeText(name);
                    case "startDate" -> startDate = envelopeText(name);
                    case "endDate" -> endDate = envelopeText(name);
                    case "syncSource" -> syncSource = envelopeText(name);
                    case "data" -> data();
                    case "characteristics" -> documents.characteristics("", name);
                    case "workoutRoutes" -> routes.read("", name);
                    default -> in.ignore("", name);
                }
            }
        }

        ExportProEnvelope envelope() {
            return new ExportProEnvelope(exportDate, startDate, endDate, syncSource);
        }

        private void data() {
            JsonToken token = in.token();
            if (token == JsonToken.START_OBJECT) {
                data.read();
            } else if (token != JsonToken.VALUE_NULL) {
                throw new MalformedBodyException(ExportProDataSection.PATH, "expected an object");
            }
        }

        /** Informational only, so a value of an odd shape is ignored rather than failing the push. */
        private String envelopeText(String name) {
            JsonToken token = in.token();
            if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT
                    || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return in.text("", name);
            }
            if (token != JsonToken.VALUE_NULL) {
                in.ignore("", name);
            }
            return null;
        }
    }
}
