package dev.healthsync.ingest.decoder;

import dev.healthsync.health.Moment;
import dev.healthsync.pipeline.RawRoutePoint;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Reads one route point ({@code CLLocation}) of a JSON body, by the field names its app writes, with the app's own
 * readers of dates and numbers (they differ in leniency). Only reads: a missing time or coordinate is a decode
 * error naming the field, but ranges and CoreLocation's -1 for "not measured" are checked by the pipeline, the same
 * for every sender. Not thread-safe: one per point.
 */
public final class RoutePointFields {

    /** What a field of a point is. */
    public enum Field { TIME, LATITUDE, LONGITUDE, ALTITUDE, SPEED, COURSE, HORIZONTAL_ACCURACY, VERTICAL_ACCURACY }

    /** Reads the value of {@code field} of the object at {@code path}. */
    @FunctionalInterface
    public interface FieldValue<T> {
        T read(String path, String field);
    }

    /** {@code CLLocation}'s own names, which every app writes. */
    private static final Map<String, Field> CORE_LOCATION = Map.of("timestamp", Field.TIME,
            "latitude", Field.LATITUDE, "longitude", Field.LONGITUDE, "altitude", Field.ALTITUDE,
            "speed", Field.SPEED, "course", Field.COURSE, "horizontalAccuracy", Field.HORIZONTAL_ACCURACY,
            "verticalAccuracy", Field.VERTICAL_ACCURACY);

    private Moment time;
    private final Map<Field, Double> values = new EnumMap<>(Field.class);

    private RoutePointFields() {
    }

    /** {@code CLLocation}'s names and an app's other spellings of them ({@code lat}, {@code lng}, …). */
    public static Map<String, Field> names(Map<String, Field> aliases) {
        Map<String, Field> names = new HashMap<>(CORE_LOCATION);
        names.putAll(aliases);
        return Map.copyOf(names);
    }

    /**
     * Reads the fields of the object the parser is in, up to its end; a field that is no part of a point goes to
     * {@code other} (which ignores or reads it).
     */
    public static RoutePointFields read(String path, Map<String, Field> names, Supplier<String> nextField,
                                        FieldValue<Moment> date, FieldValue<Double> number,
                                        BiConsumer<String, String> other) {
        RoutePointFields point = new RoutePointFields();
        String field;
        while ((field = nextField.get()) != null) {
            Field kind = names.get(field);
            if (kind == Field.TIME) {
                point.time = date.read(path, field);
            } else if (kind != null) {
                point.values.put(kind, number.read(path, field));
            } else {
                other.accept(path, field);
            }
        }
        return point;
    }

    /** Neither latitude nor longitude was sent. */
    public boolean hasNoCoordinates() {
        return values.get(Field.LATITUDE) == null && values.get(Field.LONGITUDE) == null;
    }

    /** The point read, named by {@code path}; throws {@link InvalidField} when its time or a coordinate is missing. */
    public RawRoutePoint point(String path) {
        if (time == null) {
            throw JsonCursor.invalid(path, "timestamp", "missing");
        }
        Double latitude = required(path, Field.LATITUDE, "latitude");
        Double longitude = required(path, Field.LONGITUDE, "longitude");
        return new RawRoutePoint(path, time, latitude, longitude, values.get(Field.ALTITUDE), values.get(Field.SPEED),
                values.get(Field.COURSE), values.get(Field.HORIZONTAL_ACCURACY), values.get(Field.VERTICAL_ACCURACY));
    }

    private Double required(String path, Field field, String name) {
        Double value = values.get(field);
        if (value == null) {
            throw JsonCursor.invalid(path, name, "missing");
        }
        return value;
    }
}
