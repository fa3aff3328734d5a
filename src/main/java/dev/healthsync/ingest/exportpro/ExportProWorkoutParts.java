package dev.healthsync.ingest.exportpro;

import dev.healthsync.ingest.decoder.JsonCursor;
import dev.healthsync.ingest.decoder.JsonPaths;
import dev.healthsync.pipeline.RawStatistic;
import dev.healthsync.pipeline.RawWorkoutEvent;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JsonToken;

/** The nested parts of a Health Export Pro workout: quantities with units, statistics and events. */
final class ExportProWorkoutParts {

    /** An {@code HKQuantity} as sent: a bare number (unit null) or {@code {value|quantity, unit}}. */
    record Quantity(Double value, String unit) {
    }

    private final ExportProReader in;

    ExportProWorkoutParts(ExportProReader in) {
        this.in = in;
    }

    /** A number, a decimal string, or {@code {value|quantity|doubleValue, unit}}; null for JSON null. */
    Quantity quantity(String path, String field) {
        if (in.token() != JsonToken.START_OBJECT) {
            Double value = in.number(path, field);
            return value == null ? null : new Quantity(value, null);
        }
        String quantityPath = JsonPaths.field(path, field);
        Double value = null;
        String unit = null;
        String f;
        while ((f = in.nextField()) != null) {
            switch (f) {
                case "value", "quantity", "doubleValue" -> value = in.number(quantityPath, f);
                case "unit" -> unit = in.string(quantityPath, f);
                default -> in.ignore(quantityPath, f);
            }
        }
        return new Quantity(value, unit);
    }

    /** A duration in seconds; HealthKit's own is seconds, export.xml's is minutes with {@code durationUnit}. */
    Double seconds(String path, Quantity duration, String durationUnit) {
        if (duration.value() == null) {
            return null;
        }
        String unit = duration.unit() != null ? duration.unit() : durationUnit;
        double factor = switch (unit == null ? "s" : unit.strip().toLowerCase(Locale.ROOT)) {
            case "s", "sec", "secs", "second", "seconds" -> 1;
            case "ms" -> 0.001;
            case "min", "mins", "minute", "minutes" -> 60;
            case "h", "hr", "hrs", "hour", "hours" -> 3_600;
            case "d", "day", "days" -> 86_400;
            default -> throw JsonCursor.invalid(path, "durationUnit", "unknown unit");
        };
        return duration.value() * factor;
    }

    /**
     * {@code {"<quantity type>": {sum, min, avg, max, unit}, …}} as the bridge sends it. Each entry is read as a
     * small tree so that a broken one is rejected on its own path while the others and the workout stay.
     */
    void statistics(String path, String field, List<RawStatistic> into) {
        if (!in.section(path, field, JsonToken.START_OBJECT)) {
            return;
        }
        String statisticsPath = JsonPaths.field(path, field);
        String type;
        while ((type = in.nextField()) != null) {
            String statisticPath = JsonPaths.field(statisticsPath, type);
            Object entry = in.tree();
            if (entry == ExportProJson.NULL) {
                continue;
            }
            if (!(entry instanceof Map<?, ?> statistic)) {
                in.sink.reject(statisticPath, "expected an object");
                continue;
            }
            RawStatistic read = statistic(statisticPath, type, statistic);
            if (read != null) {
                String readType = type;
                into.removeIf(s -> s.type().equals(readType));
                into.add(read);
            }
        }
    }

    /** One statistic, or null after rejecting it. */
    private RawStatistic statistic(String path, String type, Map<?, ?> statistic) {
        Double[] values = new Double[4];
        String unit = null;
        for (Map.Entry<?, ?> entry : statistic.entrySet()) {
            String name = (String) entry.getKey();
            int slot = switch (name) {
                case "sum" -> 0;
                case "min", "minimum" -> 1;
                case "avg", "average" -> 2;
                case "max", "maximum" -> 3;
                default -> -1;
            };
            if (slot >= 0) {
                values[slot] = ExportProJson.number(entry.getValue());
                if (values[slot] == null && entry.getValue() != ExportProJson.NULL) {
                    in.sink.reject(JsonPaths.field(path, name), "expected a number");
                    return null;
                }
            } else if (name.equals("unit")) {
                unit = ExportProJson.text(entry.getValue());
            } else {
                in.sink.ignored(JsonPaths.field(path, name));
            }
        }
        return new RawStatistic(type, values[0], values[1], values[2], values[3], unit);
    }

    /** {@code {type, date|startDate, endDate?, duration?, metadata?}}; type as identifier, case name or raw value. */
    RawWorkoutEvent event(String path) {
        String type = null;
        ExportProDates.Parsed date = null;
        ExportProDates.Parsed end = null;
        Double duration = null;
        Map<String, Object> metadata = null;
        String field;
        while ((field = in.nextField()) != null) {
            switch (field) {
                case "type", "eventType" -> type = in.text(path, field);
                case "date", "startDate" -> date = in.date(path, field);
                case "endDate" -> end = in.date(path, field);
                case "duration", "durationSeconds" -> duration = in.number(path, field);
                case "metadata" -> metadata = in.metadata(path, field);
                default -> in.ignore(path, field);
            }
        }
        String eventType = ExportProWorkoutTypes.event(type);
        if (eventType == null) {
            throw JsonCursor.invalid(path, "type", "missing");
        }
        if (date == null) {
            throw JsonCursor.invalid(path, "date", "missing");
        }
        // HKWorkoutEvent carries a date interval; a zero-length one (pause, resume) is an instant, as the bridge sends it.
        if (duration == null && end != null && end.moment().epochMillis() != date.moment().epochMillis()) {
            duration = (end.moment().epochMillis() - date.moment().epochMillis()) / 1000.0;
        }
        boolean assumedUtc = date.assumedUtc() || end != null && end.assumedUtc();
        return new RawWorkoutEvent(eventType, date.moment(), duration, in.metadataJson(metadata, assumedUtc));
    }
}
