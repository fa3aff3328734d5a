package dev.healthsync.agent;

import dev.healthsync.query.workouts.WorkoutPages;
import dev.healthsync.query.workouts.WorkoutQuery;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Workouts for agents: the REST list as is, one workout without its heart-rate samples to keep it small. */
@Component
class WorkoutTools {

    private static final int MAX_LIMIT = 100;

    private final WorkoutPages pages;
    private final ToolResults results;

    WorkoutTools(WorkoutPages pages, JsonMapper json) {
        this.pages = pages;
        this.results = new ToolResults(json);
    }

    List<SyncToolSpecification> specifications() {
        return List.of(listWorkouts(), getWorkout());
    }

    private SyncToolSpecification listWorkouts() {
        return results.tool("list_workouts", "The user's workouts, newest first: id, activity type, start and end "
                        + "(ISO 8601 with offset), durationSeconds, distance and energy with units, source, plus "
                        + "totals over every match. At most " + MAX_LIMIT + " per call; pass next_cursor as cursor "
                        + "for more.",
                """
                {"type": "object", "properties": {
                "from": {"type": "string", "description": "Start, inclusive: ISO 8601 date or date-time with offset."},
                "to": {"type": "string", "description": "End, exclusive, same formats."},
                "activityType": {"type": "string", "description": "e.g. running, cycling, walking."},
                "cursor": {"type": "string", "description": "next_cursor of the previous answer."},
                "limit": {"type": "integer", "minimum": 1, "maximum": 100, "description": "Default 20."}}}""",
                (userId, args) -> pages.page(userId, new WorkoutQuery(args.string("from"), args.string("to"),
                        args.string("activityType"), null, null, args.string("cursor"), limit(args))));
    }

    private SyncToolSpecification getWorkout() {
        return results.tool("get_workout", "One workout whole: the list's fields, events (pauses, laps), activities, "
                        + "heart rate as min/avg/max in count/min (no samples), and the route summary (points, "
                        + "distanceMeters, bbox, elevation gain and loss in m; null without a route).",
                """
                {"type": "object", "required": ["id"], "properties": {
                "id": {"type": "integer", "description": "The id of an item of list_workouts."}}}""",
                (userId, args) -> withoutHeartRateSamples(pages.one(userId, id(args))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withoutHeartRateSamples(Map<String, Object> workout) {
        Map<String, Object> heartRate = new LinkedHashMap<>((Map<String, Object>) workout.get("heartRate"));
        heartRate.remove("samples");
        workout.put("heartRate", heartRate);
        return workout;
    }

    private static long id(ToolArguments args) {
        if (args.values().get("id") instanceof Number id) {
            return id.longValue();
        }
        throw new ToolArgumentException("id must be the number of a workout from list_workouts");
    }

    private static Integer limit(ToolArguments args) {
        Object limit = args.values().get("limit");
        if (limit == null) {
            return 20;
        }
        if (limit instanceof Number n && n.intValue() >= 1 && n.intValue() <= MAX_LIMIT) {
            return n.intValue();
        }
        throw new ToolArgumentException("limit must be a whole number from 1 to " + MAX_LIMIT);
    }
}
