package dev.healthsync.query.workouts;

import dev.healthsync.query.SampleView;
import dev.healthsync.storage.StoredWorkout;
import dev.healthsync.storage.WorkoutRow;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A route as one GeoJSON Feature (RFC 7946): a {@code LineString}, or a {@code MultiLineString} with a line per
 * segment between pauses, in [longitude, latitude] order. What a position cannot hold goes into the properties as
 * arrays parallel to the coordinates, as the common GPX converters write them: {@code coordTimes}, {@code altitudes},
 * {@code speeds}, {@code courses} (a list per line for a MultiLineString). With no segment of two points the
 * geometry is null, which GeoJSON allows for a Feature.
 */
final class GeoJsonRoute {

    static final String MEDIA_TYPE = "application/geo+json";

    private GeoJsonRoute() {
    }

    static Map<String, Object> of(StoredWorkout workout, List<List<WorkoutRow.RoutePoint>> segments) {
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(workout.start().offsetSeconds());
        boolean multi = segments.size() > 1;
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("workoutId", workout.id());
        properties.put("activityType", workout.activityType());
        properties.put("start", SampleView.ISO.format(workout.start().toOffsetDateTime()));
        properties.put("end", SampleView.ISO.format(workout.end().toOffsetDateTime()));
        properties.put("coordTimes", parallel(segments, multi,
                p -> SampleView.ISO.format(Instant.ofEpochMilli(p.timeMs()).atOffset(offset))));
        properties.put("altitudes", parallel(segments, multi, WorkoutRow.RoutePoint::altitude));
        properties.put("speeds", parallel(segments, multi, WorkoutRow.RoutePoint::speed));
        properties.put("courses", parallel(segments, multi, WorkoutRow.RoutePoint::course));
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("geometry", segments.isEmpty() ? null : geometry(segments, multi));
        feature.put("properties", properties);
        return feature;
    }

    private static Map<String, Object> geometry(List<List<WorkoutRow.RoutePoint>> segments, boolean multi) {
        Map<String, Object> geometry = new LinkedHashMap<>();
        geometry.put("type", multi ? "MultiLineString" : "LineString");
        geometry.put("coordinates", parallel(segments, multi, p -> List.of(p.longitude(), p.latitude())));
        return geometry;
    }

    private static Object parallel(List<List<WorkoutRow.RoutePoint>> segments, boolean multi,
                                   Function<WorkoutRow.RoutePoint, Object> value) {
        List<List<Object>> lines = new ArrayList<>();
        for (List<WorkoutRow.RoutePoint> segment : segments) {
            List<Object> line = new ArrayList<>(segment.size());
            segment.forEach(point -> line.add(value.apply(point)));
            lines.add(line);
        }
        return multi ? lines : lines.isEmpty() ? List.of() : lines.get(0);
    }
}
