package dev.healthsync.ingest.autoexport;

import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;
import dev.healthsync.ingest.autoexport.HaeMetric.Kind;
import dev.healthsync.ingest.decoder.InvalidField;
import dev.healthsync.ingest.decoder.JsonCursor;
import dev.healthsync.ingest.decoder.JsonPaths;
import dev.healthsync.ingest.decoder.RoutePointFields;
import dev.healthsync.pipeline.RawRoutePoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonToken;

/**
 * Reads one element of {@code workouts} into a {@link dev.healthsync.pipeline.RawWorkout}. Version 2 carries an
 * {@code id} (the HealthKit UUID, kept as the workout's uuid); version 1 has none and is identified downstream by
 * type, times and source. Summary values become statistics and metadata ({@link HaeWorkoutParts}); the per-minute
 * series ({@code heartRateData}, {@code stepCount}, …) are real measurements and become samples of their types;
 * {@code route} becomes the workout's route. A broken series point or route point is rejected on its own; the
 * workout and the other points are kept. One workout, with its series and route, is held at a time.
 */
final class HaeWorkoutSection {

    private static final String Q = "HKQuantityTypeIdentifier";
    private static final String HEART_RATE = Q + "HeartRate";

    /** The series arrays, as metrics of the types their points are samples of. */
    private static final Map<String, HaeMetric> SERIES = Map.ofEntries(
            series("heartRateData", HEART_RATE), series("heartRateRecovery", HEART_RATE),
            series("heartRate", HEART_RATE), series("activeEnergy", Q + "ActiveEnergyBurned"),
            series("basalEnergy", Q + "BasalEnergyBurned"), series("stepCount", Q + "StepCount"),
            series("flightsClimbed", Q + "FlightsClimbed"),
            series("walkingAndRunningDistance", Q + "DistanceWalkingRunning"),
            series("cyclingCadence", Q + "CyclingCadence"), series("cyclingDistance", Q + "DistanceCycling"),
            series("cyclingPower", Q + "CyclingPower"), series("cyclingSpeed", Q + "CyclingSpeed"),
            series("swimDistance", Q + "DistanceSwimming"), series("swimStroke", Q + "SwimmingStrokeCount"),
            series("runningPower", Q + "RunningPower"), series("runningSpeed", Q + "RunningSpeed"));

    /** Route point fields; v1 writes {@code lat}, {@code lon} and the altitude as {@code elevation}. */
    private static final Map<String, RoutePointFields.Field> POINT_FIELDS = RoutePointFields.names(Map.of(
            "date", RoutePointFields.Field.TIME, "time", RoutePointFields.Field.TIME,
            "lat", RoutePointFields.Field.LATITUDE, "lon", RoutePointFields.Field.LONGITUDE,
            "lng", RoutePointFields.Field.LONGITUDE, "elevation", RoutePointFields.Field.ALTITUDE));

    private final HaeReader in;
    private final HaePointEmitter emitter;
    /** Units of the last {@code {qty, units}} read by {@link #summaryValue}. */
    private String lastUnits;

    HaeWorkoutSection(HaeReader in) {
        this.in = in;
        this.emitter = new HaePointEmitter(in.sink(), in.zone());
    }

    /** Reads the workout object the parser is on; throws {@link InvalidField} when the workout is unusable. */
    void read(String path) {
        String id = null;
        String name = null;
        Moment start = null;
        Moment end = null;
        Double duration = null;
        String source = null;
        String metadata = null;
        HaeWorkoutParts parts = new HaeWorkoutParts();
        List<Measured> series = new ArrayList<>();
        List<RawRoutePoint> route = new ArrayList<>();
        String field;
        while ((field = in.nextField()) != null) {
            JsonToken token = in.token();
            switch (field) {
                case "id" -> id = in.text(path, field);
                case "name" -> name = in.text(path, field);
                case "start" -> start = in.date(path, field);
                case "end" -> end = in.date(path, field);
                case "duration" -> duration = duration(path, field);
                case "source" -> source = in.text(path, field);
                case "metadata" -> metadata = in.metadata(path, field);
                case "route" -> {
                    if (in.startArray(path, field)) {
                        in.eachRecord(JsonPaths.field(path, field), p -> point(p, route));
                    }
                }
                case "heartRate" -> {
                    if (token == JsonToken.START_ARRAY) {
                        series(path, field, series);
                    } else if (in.startObject(path, field)) {
                        heartRate(JsonPaths.field(path, field), parts);
                    }
                }
                default -> {
                    if (token == JsonToken.START_ARRAY && SERIES.containsKey(field)) {
                        series(path, field, series);
                    } else if (token == JsonToken.START_OBJECT && HaeWorkoutParts.isSummary(field)) {
                        Quantity q = quantity(JsonPaths.field(path, field));
                        parts.quantity(field, q.qty, q.units);
                    } else if (token == JsonToken.START_OBJECT && field.equals("elevation")) {
                        elevation(JsonPaths.field(path, field), parts);
                    } else if (token.isScalarValue() && parts.text(field, in.text(path, field))) {
                        continue;
                    } else if (token.isNumeric() && parts.quantity(field, in.number(path, field), null)) {
                        continue;
                    } else {
                        in.ignore(path, field);
                    }
                }
            }
        }
        SourceInfo workoutSource = HaeSources.info(source);
        for (Measured measured : series) {
            if (measured.point.source == null) {
                measured.point.source = source;
            }
            emitter.emit(measured.metric, null, measured.point, null);
        }
        if (start == null) {
            throw JsonCursor.invalid(path, "start", "missing");
        }
        if (end == null) {
            throw JsonCursor.invalid(path, "end", "missing");
        }
        in.sink().workout(parts.build(path, id, name, start, end, duration, route, workoutSource, metadata));
    }

    /** Seconds as a number, or {@code HH:MM:SS} / {@code MM:SS} text. */
    private Double duration(String path, String field) {
        if (in.token() != JsonToken.VALUE_STRING) {
            return in.number(path, field);
        }
        Double seconds = HaeDurations.seconds(in.parser().getString());
        if (seconds == null) {
            throw JsonCursor.invalid(path, field, "expected seconds or HH:MM:SS");
        }
        return seconds;
    }

    private void series(String path, String field, List<Measured> into) {
        HaeMetric metric = SERIES.get(field);
        in.eachRecord(JsonPaths.field(path, field), pointPath -> {
            HaePoint p = HaePoint.read(in, pointPath);
            if (p.date == null && p.startDate == null) {
                throw JsonCursor.invalid(pointPath, "date", "missing");
            }
            if (p.mainValue() == null) {
                throw JsonCursor.invalid(pointPath, p.hasStats() ? "Avg" : "qty", "missing");
            }
            p.units = HaeWorkoutParts.unit(p.units);
            if (metric.type().equals(HEART_RATE) && (p.units == null || p.units.strip().equals("count"))) {
                // v1 writes heart rate series in "count": beats per minute, as its summaries say
                p.units = "count/min";
            }
            into.add(new Measured(metric, p));
        });
    }

    /** v2's {@code heartRate: {min, avg, max}}, each a number or a {@code {qty, units}} object. */
    private void heartRate(String path, HaeWorkoutParts parts) {
        Double min = null;
        Double avg = null;
        Double max = null;
        String units = null;
        lastUnits = null;
        String field;
        while ((field = in.nextField()) != null) {
            String fieldPath = JsonPaths.field(path, field);
            switch (field) {
                case "min", "Min" -> min = summaryValue(path, field, fieldPath);
                case "avg", "Avg" -> avg = summaryValue(path, field, fieldPath);
                case "max", "Max" -> max = summaryValue(path, field, fieldPath);
                case "units" -> units = in.text(path, field);
                default -> in.ignore(path, field);
            }
            if (units == null && lastUnits != null) {
                units = lastUnits;
            }
        }
        parts.heartRate(min, avg, max, units);
    }

    /** A number, or a {@code {qty, units}} object whose units are kept in {@link #lastUnits}. */
    private Double summaryValue(String parent, String field, String path) {
        if (in.token() == JsonToken.START_OBJECT) {
            Quantity q = quantity(path);
            lastUnits = q.units;
            return q.qty;
        }
        return in.number(parent, field);
    }

    /** v1's {@code elevation: {ascent, descent, units}}. */
    private void elevation(String path, HaeWorkoutParts parts) {
        Double ascent = null;
        Double descent = null;
        String units = null;
        String field;
        while ((field = in.nextField()) != null) {
            switch (field) {
                case "ascent" -> ascent = in.number(path, field);
                case "descent" -> descent = in.number(path, field);
                case "units" -> units = in.text(path, field);
                default -> in.ignore(path, field);
            }
        }
        parts.quantity("elevationUp", ascent, units);
        parts.quantity("elevationDown", descent, units);
    }

    /** {@code {qty, units}}. */
    private Quantity quantity(String path) {
        Double qty = null;
        String units = null;
        String field;
        while ((field = in.nextField()) != null) {
            switch (field) {
                case "qty" -> qty = in.number(path, field);
                case "units", "unit" -> units = in.text(path, field);
                default -> in.ignore(path, field);
            }
        }
        return new Quantity(qty, units);
    }

    /** {@code {latitude, longitude, altitude, timestamp, speed, course, …}}; v1 writes {@code lat}, {@code lon}. */
    private void point(String path, List<RawRoutePoint> into) {
        into.add(RoutePointFields.read(path, POINT_FIELDS, in::nextField, in::date, in::number, (p, field) -> {
            if (field.equals("speedAccuracy") || field.equals("courseAccuracy")) {
                in.skip();
            } else {
                in.ignore(p, field);
            }
        }).point(path));
    }

    private static Map.Entry<String, HaeMetric> series(String field, String type) {
        return Map.entry(field, new HaeMetric(field, type, Kind.QUANTITY));
    }

    private record Quantity(Double qty, String units) {
    }

    /** A series point waiting for the end of its workout, which may name the source it lacks. */
    private record Measured(HaeMetric metric, HaePoint point) {
    }
}
