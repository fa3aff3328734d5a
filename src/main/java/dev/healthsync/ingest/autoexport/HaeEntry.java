package dev.healthsync.ingest.autoexport;

import dev.healthsync.health.Moment;
import dev.healthsync.ingest.decoder.InvalidField;
import dev.healthsync.ingest.decoder.JsonCursor;
import java.io.StringWriter;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;

/**
 * One entry of a section kept whole (state of mind, medication, symptom, cycle tracking, ECG, heart rate
 * notification): its members as sorted compact JSON text, plus its top-level scalar values for the fields the
 * decoder reads. Large members such as an ECG's thousands of voltage measurements are held as text, not as an
 * object graph. Not thread-safe.
 */
final class HaeEntry {

    private final String path;
    private final Map<String, String> json = new TreeMap<>();
    private final Map<String, Object> scalars = new HashMap<>();

    private HaeEntry(String path) {
        this.path = path;
    }

    /** Reads the object the parser is on. */
    static HaeEntry read(HaeReader in, String path) {
        HaeEntry entry = new HaeEntry(path);
        JsonParser parser = in.parser();
        String field;
        while ((field = in.nextField()) != null) {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_STRING) {
                entry.scalars.put(field, parser.getString());
            } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                entry.scalars.put(field, parser.getDoubleValue());
            } else if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                entry.scalars.put(field, token == JsonToken.VALUE_TRUE);
            }
            entry.json.put(field, in.canonical());
        }
        return entry;
    }

    String path() {
        return path;
    }

    /** The entry as compact JSON with sorted keys. */
    String payload() {
        StringWriter out = new StringWriter(64);
        try (JsonGenerator generator = HaeJson.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            generator.writeStartObject();
            for (Map.Entry<String, String> member : json.entrySet()) {
                generator.writeName(member.getKey());
                generator.writeRawValue(member.getValue());
            }
            generator.writeEndObject();
        }
        return out.toString();
    }

    /** The first of the fields that holds a string (numbers and booleans as their text), or null. */
    String text(String... fields) {
        for (String field : fields) {
            Object value = scalars.get(field);
            if (value instanceof String text && !text.isBlank()) {
                return text;
            }
            if (value instanceof Double number) {
                return number == Math.rint(number) ? Long.toString(number.longValue()) : number.toString();
            }
            if (value instanceof Boolean flag) {
                return flag.toString();
            }
        }
        return null;
    }

    Boolean bool(String field) {
        Object value = scalars.get(field);
        if (value instanceof Boolean flag) {
            return flag;
        }
        if (value instanceof String text) {
            return Boolean.parseBoolean(text.strip());
        }
        return value instanceof Double number ? number != 0 : null;
    }

    /**
     * The first of the fields that is present, as a moment: a date string or epoch seconds. Null when none is
     * present; {@link InvalidField} when the first present one is not a date.
     */
    Moment date(ZoneId zone, String... fields) {
        for (String field : fields) {
            Object value = scalars.get(field);
            if (value == null) {
                if (json.containsKey(field) && !"null".equals(json.get(field))) {
                    throw JsonCursor.invalid(path, field, HaeDates.BAD_DATE);
                }
                continue;
            }
            Moment moment = value instanceof String text ? HaeDates.parse(text, zone)
                    : value instanceof Double number ? HaeDates.epoch(number, zone) : null;
            if (moment == null) {
                throw JsonCursor.invalid(path, field, HaeDates.BAD_DATE);
            }
            return moment;
        }
        return null;
    }
}
