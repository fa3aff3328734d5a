package dev.healthsync.query.workouts;

import dev.healthsync.health.Decimals;
import dev.healthsync.query.SampleView;
import dev.healthsync.storage.StoredSample;
import dev.healthsync.storage.StoredWorkout;
import dev.healthsync.storage.WorkoutRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The JSON shapes of a workout: an item of a list (also of the daily summary), and one workout whole. */
public final class WorkoutView {

    /** Where the export reader keeps iOS 16+'s {@code WorkoutActivity} elements; shown as {@code activities}. */
    static final String ACTIVITIES_KEY = "HKWorkoutActivities";

    private WorkoutView() {
    }

    public static Map<String, Object> item(StoredWorkout w) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", w.id());
        body.put("uuid", w.uuid());
        body.put("activityType", w.activityType());
        body.put("start", SampleView.ISO.format(w.start().toOffsetDateTime()));
        body.put("end", SampleView.ISO.format(w.end().toOffsetDateTime()));
        body.put("durationSeconds", Decimals.clean(w.durationSeconds() != null ? w.durationSeconds()
                : (w.end().epochMillis() - w.start().epochMillis()) / 1000.0));
        body.put("source", w.source() == null ? null : SampleView.source(w.source()));
        body.put("device", w.device() == null ? null : SampleView.device(w.device()));
        body.put("statistics", statistics(w.statistics()));
        body.put("routePoints", w.routePoints());
        return body;
    }

    static Map<String, Object> whole(StoredWorkout w, List<WorkoutRow.Event> events, HeartRate heartRate,
                                     RouteSummary route, JsonMapper json) {
        Map<String, Object> body = item(w);
        body.put("events", events.stream().map(e -> event(e, json)).toList());
        JsonNode metadata = w.metadataJson() == null ? null : json.readTree(w.metadataJson());
        JsonNode activities = metadata instanceof ObjectNode object ? object.remove(ACTIVITIES_KEY) : null;
        body.put("activities", activities == null ? List.of() : activities);
        body.put("metadata", metadata);
        body.put("heartRate", heartRate.toJson());
        body.put("route", route == null ? null : route.toJson());
        return body;
    }

    private static Map<String, Object> statistics(List<WorkoutRow.Statistic> statistics) {
        Map<String, Object> byType = new LinkedHashMap<>();
        for (WorkoutRow.Statistic s : statistics) {
            Map<String, Object> values = new LinkedHashMap<>();
            putPresent(values, "sum", s.sum());
            putPresent(values, "min", s.min());
            putPresent(values, "avg", s.avg());
            putPresent(values, "max", s.max());
            values.put("unit", s.unit());
            byType.put(s.type(), values);
        }
        return byType;
    }

    private static void putPresent(Map<String, Object> body, String key, Double value) {
        if (value != null) {
            body.put(key, Decimals.clean(value));
        }
    }

    private static Map<String, Object> event(WorkoutRow.Event e, JsonMapper json) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", e.type());
        body.put("date", SampleView.ISO.format(e.date().toOffsetDateTime()));
        body.put("durationSeconds", Decimals.clean(e.durationSeconds()));
        body.put("metadata", e.metadataJson() == null ? null : json.readTree(e.metadataJson()));
        return body;
    }

    /** The heart-rate samples recorded during a workout, with their range; {@code truncated} past the cap. */
    record HeartRate(List<StoredSample> samples, boolean truncated) {

        Map<String, Object> toJson() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("unit", "count/min");
            body.put("count", samples.size());
            var values = samples.stream().mapToDouble(StoredSample::value).summaryStatistics();
            body.put("min", samples.isEmpty() ? null : Decimals.clean(values.getMin()));
            body.put("avg", samples.isEmpty() ? null : Decimals.clean(values.getAverage()));
            body.put("max", samples.isEmpty() ? null : Decimals.clean(values.getMax()));
            body.put("truncated", truncated);
            body.put("samples", samples.stream().map(HeartRate::point).toList());
            return body;
        }

        private static Map<String, Object> point(StoredSample sample) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("time", SampleView.ISO.format(sample.start().toOffsetDateTime()));
            point.put("value", Decimals.clean(sample.value()));
            return point;
        }
    }
}
