package dev.healthsync.cli.push;

import dev.healthsync.pipeline.RawDocument;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.pipeline.RawWorkout;
import dev.healthsync.pipeline.RawWorkoutEvent;
import tools.jackson.core.JsonGenerator;

/**
 * The HealthSync bridge's batch (docs/contracts.md#healthsync-bridge): {@code batchId} first, so the server recognizes a batch sent again
 * before it reads the records; then the samples and the workouts with statistics, events and route. Samples carry
 * {@code uuid: null} because export.xml has no UUIDs; the server then identifies them by type, times, value and
 * source. Documents and day summaries have no place in this contract and are skipped.
 */
final class HealthSyncEncoder implements BatchEncoder {

    private final String deviceId;
    private final String appVersion;

    /**
     * @param deviceId   the bridge installation this push plays; the server keeps a device record per id
     * @param appVersion the version reported as the bridge's
     */
    HealthSyncEncoder(String deviceId, String appVersion) {
        this.deviceId = deviceId;
        this.appVersion = appVersion;
    }

    @Override
    public String skipReason(RawSample sample) {
        return SampleTypes.skipReason(sample.type());
    }

    @Override
    public String skipReason(RawWorkout workout) {
        return null;
    }

    @Override
    public String skipReason(RawDocument document) {
        return document.kind() + ": no documents in the healthsync format";
    }

    @Override
    public void write(Batch batch, JsonGenerator out) {
        out.writeStartObject();
        out.writeStringProperty("batchId", batch.id());
        out.writeStringProperty("deviceId", deviceId);
        out.writeObjectPropertyStart("device");
        out.writeStringProperty("name", "healthsync push");
        JsonParts.string(out, "appVersion", appVersion);
        out.writeEndObject();
        out.writeArrayPropertyStart("samples");
        for (RawSample sample : batch.samples()) {
            sample(out, sample);
        }
        out.writeEndArray();
        out.writeArrayPropertyStart("workouts");
        for (RawWorkout workout : batch.workouts()) {
            workout(out, workout);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void sample(JsonGenerator out, RawSample sample) {
        out.writeStartObject();
        out.writeNullProperty("uuid");
        out.writeStringProperty("type", sample.type());
        if (sample.value() != null) {
            out.writeNumberProperty("value", sample.value().doubleValue());
        } else {
            // a category value name (HKCategoryValueSleepAnalysisAsleepCore), sent as the app sends it
            JsonParts.string(out, "value", sample.textValue());
        }
        JsonParts.string(out, "unit", sample.unit());
        out.writeStringProperty("startDate", WireDates.iso(sample.start()));
        out.writeStringProperty("endDate", WireDates.iso(sample.end() == null ? sample.start() : sample.end()));
        JsonParts.source(out, sample.source());
        JsonParts.device(out, sample.device());
        JsonParts.metadata(out, "metadata", sample.metadataJson());
        out.writeEndObject();
    }

    private static void workout(JsonGenerator out, RawWorkout workout) {
        out.writeStartObject();
        out.writeNullProperty("uuid");
        out.writeStringProperty("activityType", workout.activityType());
        out.writeStringProperty("startDate", WireDates.iso(workout.start()));
        out.writeStringProperty("endDate", WireDates.iso(workout.end()));
        JsonParts.number(out, "duration", workout.durationSeconds());
        JsonParts.statistics(out, workout.statistics());
        if (!workout.events().isEmpty()) {
            out.writeArrayPropertyStart("events");
            for (RawWorkoutEvent event : workout.events()) {
                out.writeStartObject();
                out.writeStringProperty("type", event.type());
                out.writeStringProperty("date", WireDates.iso(event.date()));
                JsonParts.number(out, "duration", event.durationSeconds());
                JsonParts.metadata(out, "metadata", event.metadataJson());
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        if (!workout.route().isEmpty()) {
            out.writeArrayPropertyStart("route");
            workout.route().forEach(point -> JsonParts.routePoint(out, point, WireDates::iso));
            out.writeEndArray();
        }
        JsonParts.source(out, workout.source());
        JsonParts.device(out, workout.device());
        JsonParts.metadata(out, "metadata", workout.metadataJson());
        out.writeEndObject();
    }
}
