package dev.healthsync.query.workouts;

import dev.healthsync.health.Decimals;
import dev.healthsync.query.PageLimits;
import dev.healthsync.query.TimeParameters;
import dev.healthsync.storage.SampleFilter;
import dev.healthsync.storage.SampleQueries;
import dev.healthsync.storage.StoredSample;
import dev.healthsync.storage.StoredWorkout;
import dev.healthsync.storage.WorkoutFilter;
import dev.healthsync.storage.WorkoutQueries;
import dev.healthsync.storage.WorkoutRow;
import dev.healthsync.system.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Pages of workouts with their totals, one workout whole, and a workout's route cut at its pauses. */
@Component
public class WorkoutPages {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    /** A 12-hour ultra at the watch's 5-second workout rate is 8,640 samples; past this the list says truncated. */
    static final int MAX_HEART_RATE_SAMPLES = 10_000;
    private static final String HEART_RATE = "HKQuantityTypeIdentifierHeartRate";

    private final WorkoutQueries workouts;
    private final SampleQueries samples;
    private final JsonMapper json;

    WorkoutPages(WorkoutQueries workouts, SampleQueries samples, JsonMapper json) {
        this.workouts = workouts;
        this.samples = samples;
        this.json = json;
    }

    public Map<String, Object> page(long userId, WorkoutQuery query) {
        int limit = PageLimits.of(query.limit(), DEFAULT_LIMIT, MAX_LIMIT);
        WorkoutFilter filter = new WorkoutFilter(userId, TimeParameters.epochMillis("from", query.from()),
                TimeParameters.epochMillis("to", query.to()), ActivityTypes.parameter(query.activityType()),
                blankToNull(query.source()), blankToNull(query.device()), WorkoutCursor.parse(query.cursor()));
        List<StoredWorkout> rows = workouts.page(filter, limit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", rows.stream().map(WorkoutView::item).toList());
        body.put("next_cursor", rows.size() < limit ? null
                : WorkoutCursor.encode(rows.get(rows.size() - 1).position()));
        body.put("totals", totals(workouts.totals(filter)));
        return body;
    }

    public Map<String, Object> one(long userId, long id) {
        StoredWorkout workout = find(userId, id);
        List<WorkoutRow.Event> events = workouts.events(userId, id);
        List<WorkoutRow.RoutePoint> points = workouts.route(userId, id);
        RouteSummary route = points.isEmpty() ? null : RouteSummary.of(points, RouteSegments.split(points, events));
        return WorkoutView.whole(workout, events, heartRate(userId, workout), route, json);
    }

    Route route(long userId, long id) {
        StoredWorkout workout = find(userId, id);
        List<WorkoutRow.RoutePoint> points = workouts.route(userId, id);
        if (points.isEmpty()) {
            throw new NotFoundException("this workout has no route");
        }
        return new Route(workout, RouteSegments.split(points, workouts.events(userId, id)));
    }

    /** A workout and its route's segments between pauses. */
    record Route(StoredWorkout workout, List<List<WorkoutRow.RoutePoint>> segments) {
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private StoredWorkout find(long userId, long id) {
        return workouts.find(userId, id).orElseThrow(() -> new NotFoundException("no such workout"));
    }

    private WorkoutView.HeartRate heartRate(long userId, StoredWorkout workout) {
        List<StoredSample> during = new ArrayList<>();
        samples.page(new SampleFilter(userId, HEART_RATE, workout.start().epochMillis(),
                workout.end().epochMillis(), null, null, null), MAX_HEART_RATE_SAMPLES + 1, sample -> {
                    if (sample.value() != null) {
                        during.add(sample);
                    }
                });
        boolean truncated = during.size() > MAX_HEART_RATE_SAMPLES;
        return new WorkoutView.HeartRate(truncated ? during.subList(0, MAX_HEART_RATE_SAMPLES) : during, truncated);
    }

    private static Map<String, Object> totals(WorkoutQueries.Totals totals) {
        Map<String, Object> sums = new LinkedHashMap<>();
        for (WorkoutQueries.Totals.Sum sum : totals.sums()) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("sum", Decimals.clean(sum.sum()));
            value.put("unit", sum.unit());
            sums.put(sum.type(), value);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("workouts", totals.workouts());
        body.put("durationSeconds", totals.durationSeconds() == null ? 0.0 : Decimals.clean(totals.durationSeconds()));
        body.put("statistics", sums);
        return body;
    }
}
