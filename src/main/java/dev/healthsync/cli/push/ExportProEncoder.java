package dev.healthsync.cli.push;

import dev.healthsync.health.DocumentKind;
import dev.healthsync.health.Moment;
import dev.healthsync.pipeline.RawDocument;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.pipeline.RawWorkout;
import dev.healthsync.pipeline.RawWorkoutEvent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * Health Export Pro's push (docs/contracts.md#health-export-pro): {@code data.<HealthKit identifier>} arrays of samples, {@code
 * data.workouts} with {@code durationSeconds}, medications and dose events, and the routes apart in {@code
 * workoutRoutes}, keyed by the workout's UUID ({@link WorkoutIds}, also written on the workout). The export's
 * characteristics ({@code Me}) go in {@code characteristics}. Other documents and day summaries have no section
 * in this contract and are skipped.
 */
final class ExportProEncoder implements BatchEncoder {

    private final Clock clock;

    ExportProEncoder(Clock clock) {
        this.clock = clock;
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
        return switch (document.kind()) {
            case MEDICATION, MEDICATION_DOSE, CHARACTERISTICS -> null;
            default -> document.kind() + ": no such section in the export-pro format";
        };
    }

    @Override
    public void write(Batch batch, JsonGenerator out) {
        out.writeStartObject();
        out.writeStringProperty("exportDate", WireDates.iso(new Moment(clock.millis(), 0)));
        span(out, batch);
        out.writeStringProperty("syncSource", "manual");
        out.writeObjectPropertyStart("data");
        // export.xml lists a type's records mostly together, but not always: group them so each key appears once
        Map<String, List<RawSample>> byType = new LinkedHashMap<>();
        batch.samples().forEach(s -> byType.computeIfAbsent(s.type(), k -> new ArrayList<>()).add(s));
        for (Map.Entry<String, List<RawSample>> type : byType.entrySet()) {
            out.writeArrayPropertyStart(type.getKey());
            type.getValue().forEach(sample -> sample(out, sample));
            out.writeEndArray();
        }
        if (!batch.workouts().isEmpty()) {
            out.writeArrayPropertyStart("workouts");
            batch.workouts().forEach(workout -> workout(out, workout));
            out.writeEndArray();
        }
        documents(out, batch, DocumentKind.MEDICATION, "medications");
        documents(out, batch, DocumentKind.MEDICATION_DOSE, "medicationDoseEvents");
        out.writeEndObject();
        for (RawDocument document : batch.documents()) {
            if (document.kind() == DocumentKind.CHARACTERISTICS) {
                JsonParts.metadata(out, "characteristics", document.payloadJson());
            }
        }
        routes(out, batch);
        out.writeEndObject();
    }

    /** The envelope's {@code startDate}/{@code endDate}: the span of the batch's records. */
    private static void span(JsonGenerator out, Batch batch) {
        Moment first = null;
        Moment last = null;
        for (RawSample sample : batch.samples()) {
            first = earlier(first, sample.start());
            last = later(last, sample.end() == null ? sample.start() : sample.end());
        }
        for (RawWorkout workout : batch.workouts()) {
            first = earlier(first, workout.start());
            last = later(last, workout.end());
        }
        if (first != null) {
            out.writeStringProperty("startDate", WireDates.iso(first));
            out.writeStringProperty("endDate", WireDates.iso(last));
        }
    }

    private static void sample(JsonGenerator out, RawSample sample) {
        out.writeStartObject();
        if (sample.value() != null) {
            out.writeNumberProperty("value", sample.value().doubleValue());
        } else {
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
        out.writeStringProperty("uuid", WorkoutIds.of(workout));
        out.writeStringProperty("workoutActivityType", workout.activityType());
        out.writeStringProperty("startDate", WireDates.iso(workout.start()));
        out.writeStringProperty("endDate", WireDates.iso(workout.end()));
        JsonParts.number(out, "durationSeconds", workout.durationSeconds());
        JsonParts.statistics(out, workout.statistics());
        if (!workout.events().isEmpty()) {
            out.writeArrayPropertyStart("workoutEvents");
            for (RawWorkoutEvent event : workout.events()) {
                out.writeStartObject();
                out.writeStringProperty("type", event.type());
                out.writeStringProperty("startDate", WireDates.iso(event.date()));
                JsonParts.number(out, "duration", event.durationSeconds());
                JsonParts.metadata(out, "metadata", event.metadataJson());
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        JsonParts.source(out, workout.source());
        JsonParts.device(out, workout.device());
        JsonParts.metadata(out, "metadata", workout.metadataJson());
        out.writeEndObject();
    }

    private static void documents(JsonGenerator out, Batch batch, DocumentKind kind, String section) {
        List<RawDocument> documents = batch.documents().stream().filter(d -> d.kind() == kind).toList();
        if (documents.isEmpty()) {
            return;
        }
        out.writeArrayPropertyStart(section);
        for (RawDocument document : documents) {
            out.writeRawValue(document.payloadJson());
        }
        out.writeEndArray();
    }

    private static void routes(JsonGenerator out, Batch batch) {
        if (batch.workouts().stream().allMatch(w -> w.route().isEmpty())) {
            return;
        }
        out.writeObjectPropertyStart("workoutRoutes");
        for (RawWorkout workout : batch.workouts()) {
            if (!workout.route().isEmpty()) {
                out.writeArrayPropertyStart(WorkoutIds.of(workout));
                workout.route().forEach(point -> JsonParts.routePoint(out, point, WireDates::iso));
                out.writeEndArray();
            }
        }
        out.writeEndObject();
    }

    private static Moment earlier(Moment a, Moment b) {
        return a == null || b.epochMillis() < a.epochMillis() ? b : a;
    }

    private static Moment later(Moment a, Moment b) {
        return a == null || b.epochMillis() > a.epochMillis() ? b : a;
    }
}
