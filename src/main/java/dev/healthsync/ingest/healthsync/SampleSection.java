package dev.healthsync.ingest.healthsync;

import dev.healthsync.health.DeviceInfo;
import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;
import dev.healthsync.ingest.decoder.InvalidField;
import dev.healthsync.ingest.decoder.JsonCursor;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.pipeline.RecordSink;
import tools.jackson.core.JsonToken;

/** Reads one element of {@code samples} ({@code HKQuantitySample} / {@code HKCategorySample}) into a {@link RawSample}. */
final class SampleSection {

    private final JsonCursor in;
    private final RecordSink sink;

    SampleSection(JsonCursor in, RecordSink sink) {
        this.in = in;
        this.sink = sink;
    }

    /** Reads the object the parser is on and hands the sample to the sink; throws {@link InvalidField} instead. */
    void read(String path) {
        String uuid = null;
        String type = null;
        Double value = null;
        String textValue = null;
        String unit = null;
        Moment start = null;
        Moment end = null;
        SourceInfo source = SourceInfo.UNKNOWN;
        DeviceInfo device = null;
        String metadata = null;
        String field;
        while ((field = in.nextField()) != null) {
            switch (field) {
                case "uuid" -> uuid = in.string(path, field);
                case "type" -> type = in.string(path, field);
                case "value" -> {
                    JsonToken token = in.token();
                    if (token == JsonToken.VALUE_STRING) {
                        textValue = in.string(path, field);
                        value = null;
                    } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
                            || token == JsonToken.VALUE_NULL) {
                        value = in.number(path, field);
                        textValue = null;
                    } else {
                        throw JsonCursor.invalid(path, field, "expected a number or a string");
                    }
                }
                case "unit" -> unit = in.string(path, field);
                case "startDate" -> start = in.date(path, field);
                case "endDate" -> end = in.date(path, field);
                case "source" -> source = in.source(path, field);
                case "device" -> device = in.device(path, field);
                case "metadata" -> metadata = in.metadata(path, field);
                default -> in.ignore(path, field);
            }
        }
        if (type == null || type.isBlank()) {
            throw JsonCursor.invalid(path, "type", "missing");
        }
        if (start == null) {
            throw JsonCursor.invalid(path, "startDate", "missing");
        }
        sink.sample(new RawSample(path, uuid, type, value, textValue, unit, start, end == null ? start : end,
                source, device, metadata));
    }
}
