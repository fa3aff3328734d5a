package dev.healthsync.ingest.exportpro;

import dev.healthsync.health.DeviceInfo;
import dev.healthsync.ingest.decoder.InvalidField;
import dev.healthsync.ingest.decoder.JsonCursor;
import dev.healthsync.pipeline.RawSample;
import java.util.Map;

/**
 * Reads one element of a {@code data.<HealthKit identifier>} array ({@code HKQuantitySample} or
 * {@code HKCategorySample}) into a {@link RawSample}; the type is the array's key. The value may be a number, a
 * decimal string (read as the number, so a category's {@code "3"} is code 3) or any other string (a category
 * enum name, or a quantity the normalizer will reject as not a number).
 */
final class ExportProSampleSection {

    private final ExportProReader in;

    ExportProSampleSection(ExportProReader in) {
        this.in = in;
    }

    /** Reads the object the parser is on and hands the sample to the sink; throws {@link InvalidField} instead. */
    void read(String path, String type) {
        String uuid = null;
        ExportProReader.Value value = null;
        String unit = null;
        ExportProDates.Parsed start = null;
        ExportProDates.Parsed end = null;
        ExportProDates.Parsed date = null;
        ExportProSource source = new ExportProSource();
        DeviceInfo device = null;
        Map<String, Object> metadata = null;
        String field;
        while ((field = in.nextField()) != null) {
            switch (field) {
                case "uuid", "id" -> uuid = in.text(path, field);
                case "value", "quantity" -> value = in.value(path, field);
                case "unit" -> unit = in.string(path, field);
                case "startDate" -> start = in.date(path, field);
                case "endDate" -> end = in.date(path, field);
                case "date" -> date = in.date(path, field);
                case "source" -> in.source(path, field, source);
                case "sourceName", "sourceBundleId", "sourceBundleIdentifier", "sourceVersion" ->
                        source.flat(field, in.text(path, field));
                case "device" -> device = in.device(path, field);
                case "metadata" -> metadata = in.metadata(path, field);
                // The array's key names the type; a copy inside the record adds nothing.
                case "type", "sampleType", "dataType" -> in.skip();
                default -> in.ignore(path, field);
            }
        }
        if (start == null) {
            start = date;
        }
        if (start == null) {
            throw JsonCursor.invalid(path, "startDate", "missing");
        }
        if (end == null) {
            end = start;
        }
        boolean assumedUtc = start.assumedUtc() || end.assumedUtc();
        in.sink.sample(new RawSample(path, uuid, type, value == null ? null : value.number(),
                value == null ? null : value.text(), unit, start.moment(), end.moment(), source.toSourceInfo(),
                device, in.metadataJson(metadata, assumedUtc)));
    }
}
