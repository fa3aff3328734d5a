package dev.healthsync.ingest.autoexport;

import dev.healthsync.health.Moment;
import dev.healthsync.ingest.decoder.JsonFrame;
import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The JSON text the Health Auto Export decoders write: metadata, the extra values of a bucket, document payloads.
 * Object keys are always sorted, because the app writes them in a different order on every export (see the real
 * payloads) and the same record must yield the same text. Thread-safe.
 */
final class HaeJson {

    static final JsonFactory FACTORY = JsonFrame.FACTORY;

    private HaeJson() {
    }

    /** A moment as ISO-8601 with its offset, e.g. {@code 2025-08-12T07:31:05+01:00}. */
    static String iso(Moment moment) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment.toOffsetDateTime());
    }

    /**
     * The value the parser is on, as compact JSON with the keys of every object sorted; numbers keep their written
     * digits. Leaves the parser on the value's last token. Holds one object's members at a time, as text.
     */
    static String canonical(JsonParser parser) {
        StringWriter out = new StringWriter(64);
        try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            writeCanonical(parser, generator);
        }
        return out.toString();
    }

    private static void writeCanonical(JsonParser parser, JsonGenerator generator) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, String> members = new TreeMap<>();
            String name;
            while ((name = parser.nextName()) != null) {
                parser.nextToken();
                members.put(name, canonical(parser));
            }
            generator.writeStartObject();
            for (Map.Entry<String, String> member : members.entrySet()) {
                generator.writeName(member.getKey());
                generator.writeRawValue(member.getValue());
            }
            generator.writeEndObject();
        } else if (token == JsonToken.START_ARRAY) {
            generator.writeStartArray();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                writeCanonical(parser, generator);
            }
            generator.writeEndArray();
        } else {
            generator.copyCurrentEventExact(parser);
        }
    }

    /** A JSON value already written as text, embedded as is. */
    record Raw(String json) {
    }

    /**
     * A small JSON object built key by key, written with sorted keys. Values: {@link String}, {@link Number},
     * {@link Boolean}, {@link List} of strings, {@link Raw}; a null value leaves the key out. Not thread-safe.
     */
    static final class Obj {

        private final Map<String, Object> members = new TreeMap<>();

        Obj put(String key, Object value) {
            if (value != null) {
                members.put(key, value);
            }
            return this;
        }

        /** Puts the value only when the key is not there yet (values the sender wrote win over derived ones). */
        Obj putIfAbsent(String key, Object value) {
            if (value != null) {
                members.putIfAbsent(key, value);
            }
            return this;
        }

        /** Copies every member of a JSON object written as text (a sent metadata object). */
        Obj putAll(String objectJson) {
            if (objectJson == null) {
                return this;
            }
            try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), objectJson)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    return this;
                }
                String name;
                while ((name = parser.nextName()) != null) {
                    parser.nextToken();
                    members.put(name, new Raw(canonical(parser)));
                }
            }
            return this;
        }

        /** The object as compact JSON, or null when it has no members. */
        String toJson() {
            if (members.isEmpty()) {
                return null;
            }
            StringWriter out = new StringWriter(64);
            try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
                generator.writeStartObject();
                for (Map.Entry<String, Object> member : members.entrySet()) {
                    generator.writeName(member.getKey());
                    write(generator, member.getValue());
                }
                generator.writeEndObject();
            }
            return out.toString();
        }

        private static void write(JsonGenerator generator, Object value) {
            if (value instanceof Raw raw) {
                generator.writeRawValue(raw.json());
            } else if (value instanceof String text) {
                generator.writeString(text);
            } else if (value instanceof Boolean flag) {
                generator.writeBoolean(flag);
            } else if (value instanceof Integer number) {
                generator.writeNumber(number);
            } else if (value instanceof Long number) {
                generator.writeNumber(number);
            } else if (value instanceof Number number) {
                double d = number.doubleValue();
                if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                    generator.writeNumber((long) d);
                } else {
                    generator.writeNumber(d);
                }
            } else if (value instanceof List<?> list) {
                generator.writeStartArray();
                for (Object element : list) {
                    write(generator, element);
                }
                generator.writeEndArray();
            } else {
                throw new IllegalArgumentException("unsupported JSON value " + value.getClass().getSimpleName());
            }
        }
    }
}
