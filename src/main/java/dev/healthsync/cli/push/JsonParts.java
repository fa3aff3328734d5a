package dev.healthsync.cli.push;

import dev.healthsync.health.DeviceInfo;
import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;
import dev.healthsync.pipeline.RawRoutePoint;
import dev.healthsync.pipeline.RawStatistic;
import java.util.List;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;

/**
 * The pieces the HealthKit-shaped formats (HealthSync, Health Export Pro) write alike. Absent values are left out
 * rather than written as null: both decoders read null as absent, and the bodies stay smaller.
 */
final class JsonParts {

    private JsonParts() {
    }

    static void string(JsonGenerator out, String name, String value) {
        if (value != null) {
            out.writeStringProperty(name, value);
        }
    }

    /** Numbers are written with {@link Double#toString}'s digits, which read back as the very same double. */
    static void number(JsonGenerator out, String name, Double value) {
        if (value != null) {
            out.writeNumberProperty(name, value.doubleValue());
        }
    }

    /** A metadata object exactly as the export reader serialized it. */
    static void metadata(JsonGenerator out, String name, String json) {
        if (json != null && !json.isBlank()) {
            out.writeName(name);
            out.writeRawValue(json);
        }
    }

    /** {@code {name, bundleId, version}}; the name unchanged, since the server's identity key uses it. */
    static void source(JsonGenerator out, SourceInfo source) {
        if (source == null || source.unnamed()) {
            return;
        }
        out.writeObjectPropertyStart("source");
        string(out, "name", source.name());
        string(out, "bundleId", source.bundleId());
        string(out, "version", source.version());
        out.writeEndObject();
    }

    /** HKDevice's fields; export.xml's memory address was already dropped by the reader. */
    static void device(JsonGenerator out, DeviceInfo device) {
        if (device == null || device.isEmpty()) {
            return;
        }
        out.writeObjectPropertyStart("device");
        string(out, "name", device.name());
        string(out, "manufacturer", device.manufacturer());
        string(out, "model", device.model());
        string(out, "hardwareVersion", device.hardwareVersion());
        string(out, "softwareVersion", device.softwareVersion());
        out.writeEndObject();
    }

    /** {@code {"<type>": {sum, min, avg, max, unit}}} as HKStatistics, keyed by quantity type. */
    static void statistics(JsonGenerator out, List<RawStatistic> statistics) {
        if (statistics.isEmpty()) {
            return;
        }
        out.writeObjectPropertyStart("statistics");
        for (RawStatistic statistic : statistics) {
            out.writeObjectPropertyStart(statistic.type());
            number(out, "sum", statistic.sum());
            number(out, "min", statistic.min());
            number(out, "avg", statistic.avg());
            number(out, "max", statistic.max());
            string(out, "unit", statistic.unit());
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    /** One CLLocation; {@code timestamp} written by {@code dates} in the point's own offset. */
    static void routePoint(JsonGenerator out, RawRoutePoint point, Function<Moment, String> dates) {
        out.writeStartObject();
        out.writeStringProperty("timestamp", dates.apply(point.time()));
        out.writeNumberProperty("latitude", point.latitude());
        out.writeNumberProperty("longitude", point.longitude());
        number(out, "altitude", point.altitude());
        number(out, "speed", point.speed());
        number(out, "course", point.course());
        number(out, "horizontalAccuracy", point.horizontalAccuracy());
        number(out, "verticalAccuracy", point.verticalAccuracy());
        out.writeEndObject();
    }
}
