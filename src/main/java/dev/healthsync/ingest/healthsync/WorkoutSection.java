package dev.healthsync.ingest.healthsync;

import dev.healthsync.health.DeviceInfo;
import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;
import dev.healthsync.ingest.decoder.InvalidField;
import dev.healthsync.ingest.decoder.JsonCursor;
import dev.healthsync.ingest.decoder.JsonPaths;
import dev.healthsync.ingest.decoder.RoutePointFields;
import dev.healthsync.pipeline.RawRoutePoint;
import dev.healthsync.pipeline.RawStatistic;
import dev.healthsync.pipeline.RawWorkout;
import dev.healthsync.pipeline.RawWorkoutEvent;
import dev.healthsync.pipeline.RecordSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads one element of {@code workouts} ({@code HKWorkout} with its statistics, events and route) into a
 * {@link RawWorkout}. The route is held in memory until the workout is complete; a broken statistic, event or
 * route point rejects the whole workout under that part's path.
 */
final class WorkoutSection {

    /** The bridge writes {@code CLLocation}'s own names only. */
    private static final Map<String, RoutePointFields.Field> POINT_FIELDS = RoutePointFields.names(Map.of());

    private final JsonCursor in;
    private final RecordSink sink;

    WorkoutSection(JsonCursor in, RecordSink sink) {
        this.in = in;
        this.sink = sink;
    }

    /** Reads the object the parser is on and hands the workout to the sink; throws {@link InvalidField} instead. */
    void read(String path) {
        String uuid = null;
        String activityType = null;
        Moment start = null;
        Moment end = null;
        Double duration = null;
        List<RawStatistic> statistics = new ArrayList<>();
        List<RawWorkoutEvent> events = new ArrayList<>();
        List<RawRoutePoint> route = new ArrayList<>();
        SourceInfo source = SourceInfo.UNKNOWN;
        DeviceInfo device = null;
        String metadata = null;
        String field;
        while ((field = in.nextField()) != null) {
            switch (field) {
                case "uuid" -> uuid = in.string(path, field);
                case "activityType" -> activityType = in.string(path, field);
                case "startDate" -> start = in.date(path, field);
                case "endDate" -> end = in.date(path, field);
                case "duration" -> duration = in.number(path, field);
                case "statistics" -> {
                    statistics.clear();
                    readStatistics(path, field, statistics);
                }
                case "events" -> {
                    events.clear();
                    if (in.startArray(path, field)) {
                        in.eachElement(JsonPaths.field(path, field), eventPath -> events.add(readEvent(eventPath)));
                    }
                }
                case "route" -> {
                    route.clear();
                    if (in.startArray(path, field)) {
                        in.eachElement(JsonPaths.field(path, field), pointPath -> route.add(readPoint(pointPath)));
                    }
                }
                case "source" -> source = in.source(path, field);
                case "device" -> device = in.device(path, field);
                case "metadata" -> metadata = in.metadata(path, field);
                default -> in.ignore(path, field);
            }
        }
        if (activityType == null || activityType.isBlank()) {
            throw JsonCursor.invalid(path, "activityType", "missing");
        }
        if (start == null) {
            throw JsonCursor.invalid(path, "startDate", "missing");
        }
        if (end == null) {
            throw JsonCursor.invalid(path, "endDate", "missing");
        }
        sink.workout(new RawWorkout(path, uuid, activityType, start, end, duration, statistics, events, route,
                source, device, metadata));
    }

    /** {@code {"<quantity type>": {sum, min, avg, max, unit}, …}}. */
    private void readStatistics(String parent, String name, List<RawStatistic> into) {
        if (!in.startObject(parent, name)) {
            return;
        }
        String path = JsonPaths.field(parent, name);
        String type;
        while ((type = in.nextField()) != null) {
            if (!in.startObject(path, type)) {
                continue;
            }
            String statisticPath = JsonPaths.field(path, type);
            Double sum = null;
            Double min = null;
            Double avg = null;
            Double max = null;
            String unit = null;
            String field;
            while ((field = in.nextField()) != null) {
                switch (field) {
                    case "sum" -> sum = in.number(statisticPath, field);
                    case "min" -> min = in.number(statisticPath, field);
                    case "avg" -> avg = in.number(statisticPath, field);
                    case "max" -> max = in.number(statisticPath, field);
                    case "unit" -> unit = in.string(statisticPath, field);
                    default -> in.ignore(statisticPath, field);
                }
            }
            into.add(new RawStatistic(type, sum, min, avg, max, unit));
        }
    }

    /** {@code {type, date, duration?, metadata?}}. */
    private RawWorkoutEvent readEvent(String path) {
        String type = null;
        Moment date = null;
        Double duration = null;
        String metadata = null;
        String field;
        while ((field = in.nextField()) != null) {
            switch (field) {
                case "type" -> type = in.string(path, field);
                case "date" -> date = in.date(path, field);
                case "duration" -> duration = in.number(path, field);
                case "metadata" -> metadata = in.metadata(path, field);
                default -> in.ignore(path, field);
            }
        }
        if (type == null || type.isBlank()) {
            throw JsonCursor.invalid(path, "type", "missing");
        }
        if (date == null) {
            throw JsonCursor.invalid(path, "date", "missing");
        }
        return new RawWorkoutEvent(type, date, duration, metadata);
    }

    /** {@code {timestamp, latitude, longitude, altitude?, speed?, course?, horizontalAccuracy?, verticalAccuracy?}}. */
    private RawRoutePoint readPoint(String path) {
        return RoutePointFields.read(path, POINT_FIELDS, in::nextField, in::date, in::number, in::ignore).point(path);
    }
}
