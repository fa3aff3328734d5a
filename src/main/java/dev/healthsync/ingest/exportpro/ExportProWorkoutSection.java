package dev.healthsync.ingest.exportpro;

import dev.healthsync.health.DeviceInfo;
import dev.healthsync.health.Moment;
import dev.healthsync.ingest.decoder.InvalidField;
import dev.healthsync.ingest.decoder.JsonCursor;
import dev.healthsync.ingest.decoder.JsonPaths;
import dev.healthsync.pipeline.RawRoutePoint;
import dev.healthsync.pipeline.RawStatistic;
import dev.healthsync.pipeline.RawWorkout;
import dev.healthsync.pipeline.RawWorkoutEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonToken;

/**
 * Reads one element of {@code data.workouts} ({@code HKWorkout}) into a {@link RawWorkout}. HKWorkout's totals
 * ({@code totalDistance}, {@code totalEnergyBurned}, …) become statistics of the quantity type they measure, so
 * they read back like the bridge's; an explicit {@code statistics} entry of the same type wins. A broken event,
 * statistic or inline route point is rejected on its own path and the workout is kept: losing a whole workout
 * over one pause marker would be worse than losing the marker.
 */
final class ExportProWorkoutSection {

    /** HKWorkout's totals, in the order their statistics are listed. */
    private static final List<String> TOTALS =
            List.of("totalDistance", "totalEnergyBurned", "totalSwimmingStrokeCount", "totalFlightsClimbed");
    private static final String UNIT_SUFFIX = "Unit";

    private final ExportProReader in;
    private final ExportProWorkoutParts parts;
    private final ExportProRouteSection routes;

    ExportProWorkoutSection(ExportProReader in, ExportProRouteSection routes) {
        this.in = in;
        this.parts = new ExportProWorkoutParts(in);
        this.routes = routes;
    }

    /** Reads the object the parser is on and hands the workout to the sink; throws {@link InvalidField} instead. */
    void read(String path) {
        String uuid = null;
        String activity = null;
        String activityName = null;
        ExportProDates.Parsed start = null;
        ExportProDates.Parsed end = null;
        Double durationSeconds = null;
        ExportProWorkoutParts.Quantity duration = null;
        String durationUnit = null;
        Map<String, ExportProWorkoutParts.Quantity> totals = new HashMap<>();
        Map<String, String> totalUnits = new HashMap<>();
        List<RawStatistic> statistics = new ArrayList<>();
        List<RawWorkoutEvent> events = new ArrayList<>();
        List<RawRoutePoint> route = new ArrayList<>();
        ExportProSource source = new ExportProSource();
        DeviceInfo device = null;
        Map<String, Object> metadata = null;
        String field;
        while ((field = in.nextField()) != null) {
            switch (field) {
                case "uuid", "id" -> uuid = in.text(path, field);
                case "workoutActivityType", "activityType" -> activity = in.text(path, field);
                case "workoutActivityTypeName", "activityTypeName", "activityName" -> activityName = in.text(path, field);
                case "startDate" -> start = in.date(path, field);
                case "endDate" -> end = in.date(path, field);
                case "durationSeconds" -> durationSeconds = in.number(path, field);
                case "duration" -> duration = parts.quantity(path, field);
                case "durationUnit" -> durationUnit = in.string(path, field);
                case "statistics" -> parts.statistics(path, field, statistics);
                case "events", "workoutEvents" -> {
                    if (in.section(path, field, JsonToken.START_ARRAY)) {
                        in.eachRecord(JsonPaths.field(path, field), eventPath -> events.add(parts.event(eventPath)));
                    }
                }
                case "route", "routePoints" -> {
                    if (in.section(path, field, JsonToken.START_ARRAY)) {
                        routes.points(JsonPaths.field(path, field), route);
                    }
                }
                case "source" -> in.source(path, field, source);
                case "sourceName", "sourceBundleId", "sourceBundleIdentifier", "sourceVersion" ->
                        source.flat(field, in.text(path, field));
                case "device" -> device = in.device(path, field);
                case "metadata" -> metadata = in.metadata(path, field);
                default -> {
                    if (TOTALS.contains(field)) {
                        totals.put(field, parts.quantity(path, field));
                    } else if (field.endsWith(UNIT_SUFFIX) && TOTALS.contains(withoutUnit(field))) {
                        totalUnits.put(withoutUnit(field), in.string(path, field));
                    } else {
                        in.ignore(path, field);
                    }
                }
            }
        }
        String type = ExportProWorkoutTypes.activity(activity);
        if (type == null) {
            type = ExportProWorkoutTypes.activity(activityName);
        }
        if (type == null) {
            throw JsonCursor.invalid(path, "workoutActivityType", "missing");
        }
        if (start == null) {
            throw JsonCursor.invalid(path, "startDate", "missing");
        }
        if (durationSeconds == null && duration != null) {
            durationSeconds = parts.seconds(path, duration, durationUnit);
        }
        Moment endMoment = end != null ? end.moment() : endFromDuration(start.moment(), durationSeconds);
        if (endMoment == null) {
            throw JsonCursor.invalid(path, "endDate", "missing");
        }
        addTotals(type, totals, totalUnits, statistics);
        boolean assumedUtc = start.assumedUtc() || end != null && end.assumedUtc();
        in.sink.workout(new RawWorkout(path, uuid, type, start.moment(), endMoment, durationSeconds, statistics,
                events, route, source.toSourceInfo(), device, in.metadataJson(metadata, assumedUtc)));
    }

    private static void addTotals(String activity, Map<String, ExportProWorkoutParts.Quantity> totals,
                                  Map<String, String> units, List<RawStatistic> statistics) {
        for (String total : TOTALS) {
            ExportProWorkoutParts.Quantity quantity = totals.get(total);
            if (quantity == null || quantity.value() == null) {
                continue;
            }
            String type = quantityType(total, activity);
            if (statistics.stream().noneMatch(s -> s.type().equals(type))) {
                String unit = quantity.unit() != null ? quantity.unit() : units.get(total);
                statistics.add(new RawStatistic(type, quantity.value(), null, null, null, unit));
            }
        }
    }

    /** The quantity type a total measures; for distance that depends on the activity, as in HealthKit. */
    private static String quantityType(String total, String activity) {
        return switch (total) {
            case "totalDistance" -> ExportProWorkoutTypes.distanceType(activity);
            case "totalEnergyBurned" -> "HKQuantityTypeIdentifierActiveEnergyBurned";
            case "totalSwimmingStrokeCount" -> "HKQuantityTypeIdentifierSwimmingStrokeCount";
            default -> "HKQuantityTypeIdentifierFlightsClimbed";
        };
    }

    /** HKWorkout's end is its start plus its duration when the app left {@code endDate} out. */
    private static Moment endFromDuration(Moment start, Double seconds) {
        return seconds == null ? null
                : new Moment(start.epochMillis() + Math.round(seconds * 1000), start.offsetSeconds());
    }

    private static String withoutUnit(String field) {
        return field.substring(0, field.length() - UNIT_SUFFIX.length());
    }
}
