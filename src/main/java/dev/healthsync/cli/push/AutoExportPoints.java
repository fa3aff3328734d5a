package dev.healthsync.cli.push;

import dev.healthsync.pipeline.RawSample;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/** The parts of a Health Auto Export metric point, and the paired blood pressure points. */
final class AutoExportPoints {

    private static final String SYSTOLIC = "HKQuantityTypeIdentifierBloodPressureSystolic";

    private AutoExportPoints() {
    }

    /** {@code date} for an instant; {@code startDate}/{@code endDate} for a span, which the app uses for ranges. */
    static void dates(JsonGenerator out, RawSample sample) {
        if (sample.end() == null || sample.end().epochMillis() == sample.start().epochMillis()) {
            out.writeStringProperty("date", WireDates.autoExport(sample.start()));
        } else {
            span(out, sample);
        }
    }

    static void span(JsonGenerator out, RawSample sample) {
        out.writeStringProperty("startDate", WireDates.autoExport(sample.start()));
        out.writeStringProperty("endDate", WireDates.autoExport(sample.end() == null ? sample.start() : sample.end()));
    }

    /** The source's name (the app has no bundle id or version) and the record's metadata. */
    static void sourceAndMetadata(JsonGenerator out, RawSample sample) {
        if (sample.source() != null && !sample.source().unnamed()) {
            out.writeStringProperty("source", sample.source().name());
        }
        JsonParts.metadata(out, "metadata", sample.metadataJson());
    }

    /**
     * export.xml lists the two halves of a reading as separate records (their correlation only groups them); the app
     * writes one point with both. Halves with the same times, source and metadata are joined; any other is a point
     * of its own, which the server reads just the same.
     */
    static void bloodPressure(JsonGenerator out, List<RawSample> samples) {
        Map<String, RawSample[]> readings = new LinkedHashMap<>();
        int unpaired = 0;
        for (RawSample sample : samples) {
            String key = sample.start().epochMillis() + "|" + (sample.end() == null ? "" : sample.end().epochMillis())
                    + "|" + (sample.source() == null ? "" : sample.source().name()) + "|" + sample.metadataJson();
            int half = SYSTOLIC.equals(sample.type()) ? 0 : 1;
            RawSample[] reading = readings.computeIfAbsent(key, k -> new RawSample[2]);
            if (reading[half] != null) {
                readings.put("unpaired-" + unpaired++, reading(half, sample));
            } else {
                reading[half] = sample;
            }
        }
        for (RawSample[] reading : readings.values()) {
            RawSample any = reading[0] != null ? reading[0] : reading[1];
            out.writeStartObject();
            dates(out, any);
            if (reading[0] != null) {
                out.writeNumberProperty("systolic", reading[0].value().doubleValue());
            }
            if (reading[1] != null) {
                out.writeNumberProperty("diastolic", reading[1].value().doubleValue());
            }
            sourceAndMetadata(out, any);
            out.writeEndObject();
        }
    }

    private static RawSample[] reading(int half, RawSample sample) {
        RawSample[] reading = new RawSample[2];
        reading[half] = Objects.requireNonNull(sample);
        return reading;
    }
}
