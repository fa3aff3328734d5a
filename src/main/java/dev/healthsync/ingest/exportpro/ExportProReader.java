package dev.healthsync.ingest.exportpro;

import dev.healthsync.health.DeviceInfo;
import dev.healthsync.ingest.decoder.InvalidField;
import dev.healthsync.ingest.decoder.JsonCursor;
import dev.healthsync.ingest.decoder.JsonPaths;
import dev.healthsync.pipeline.DeviceStrings;
import dev.healthsync.pipeline.RecordSink;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamFactory;

/**
 * The lenient reads Health Export Pro needs on top of {@link JsonCursor}: numbers that may arrive as strings,
 * dates with or without offset, metadata kept as a sorted tree, a source or device given as an object or a
 * string, and sections of the wrong shape reported rather than fatal. Like the cursor, a value read expects the
 * parser on the value's first token and leaves it on its last; a wrong shape inside a record throws
 * {@link InvalidField} naming the path and what was expected, never the value. One per body; not thread-safe.
 */
final class ExportProReader {

    /** Metadata key added when a record's dates carried no offset and were taken as UTC. */
    static final String ASSUMED_UTC = "HEPAssumedUTC";

    final RecordSink sink;
    private final JsonCursor cursor;
    private final JsonParser parser;
    private final TokenStreamFactory factory;

    ExportProReader(JsonParser parser, TokenStreamFactory factory, RecordSink sink) {
        this.parser = parser;
        this.factory = factory;
        this.sink = sink;
        this.cursor = new JsonCursor(parser, factory, sink);
    }

    JsonToken token() {
        return parser.currentToken();
    }

    /** See {@link JsonCursor#nextField()}. */
    String nextField() {
        return cursor.nextField();
    }

    /** Reports the current value as ignored and skips it. */
    void ignore(String parent, String name) {
        cursor.ignore(parent, name);
    }

    /** Skips the current value without a report: for fields that only repeat what is known. */
    void skip() {
        parser.skipChildren();
    }

    /** A string, or null for JSON null. */
    String string(String parent, String name) {
        return cursor.string(parent, name);
    }

    /** See {@link JsonCursor#eachRecord}: a broken element is rejected and skipped, the next one follows. */
    void eachRecord(String arrayPath, JsonCursor.ElementReader reader) {
        cursor.eachRecord(arrayPath, reader);
    }

    /** A sample's {@code value}: a number or a decimal string as the number, any other string as text. */
    record Value(Double number, String text) {
    }

    Value value(String path, String field) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            String text = parser.getString();
            Double number = ExportProJson.number(text);
            return number != null ? new Value(number, null) : new Value(null, text);
        }
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
                || token == JsonToken.VALUE_NULL) {
            return new Value(cursor.number(path, field), null);
        }
        throw JsonCursor.invalid(path, field, "expected a number or a string");
    }

    /** A finite number, also from a decimal string; null for JSON null. */
    Double number(String path, String field) {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            Double number = ExportProJson.number(parser.getString());
            if (number == null) {
                throw JsonCursor.invalid(path, field, "expected a number");
            }
            return number;
        }
        return cursor.number(path, field);
    }

    /** A string, or a number's digits; null for JSON null. */
    String text(String path, String field) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getString();
        }
        return cursor.string(path, field);
    }

    /** A date-time, see {@link ExportProDates}; null for JSON null. */
    ExportProDates.Parsed date(String path, String field) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        ExportProDates.Parsed parsed = token == JsonToken.VALUE_STRING ? ExportProDates.parse(parser.getString()) : null;
        if (parsed == null) {
            throw JsonCursor.invalid(path, field, ExportProDates.BAD_DATE);
        }
        return parsed;
    }

    /** The current value as a tree, see {@link ExportProJson}. */
    Object tree() {
        return ExportProJson.read(parser);
    }

    String json(Object tree) {
        return ExportProJson.write(tree, factory);
    }

    /**
     * A {@code metadata} object as a sorted tree; null for JSON null, {@code []} or {@code {}}. Any other shape is
     * reported as ignored rather than rejecting a record whose measurement is fine.
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> metadata(String path, String field) {
        Object tree = tree();
        if (tree instanceof Map<?, ?> object) {
            return object.isEmpty() ? null : (Map<String, Object>) object;
        }
        if (tree != ExportProJson.NULL && !(tree instanceof List<?> list && list.isEmpty())) {
            sink.ignored(JsonPaths.field(path, field));
        }
        return null;
    }

    /** Metadata as JSON, with {@value #ASSUMED_UTC} added when the record's dates were taken as UTC. */
    String metadataJson(Map<String, Object> metadata, boolean assumedUtc) {
        if (assumedUtc) {
            metadata = metadata == null ? new TreeMap<>() : metadata;
            metadata.put(ASSUMED_UTC, Boolean.TRUE);
        }
        return metadata == null ? null : json(metadata);
    }

    /** {@code source} as an object {@code {name, bundleId|bundleIdentifier, version}} or a string (its name). */
    void source(String path, String field, ExportProSource into) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            into.object(parser.getString(), null, null);
            return;
        }
        if (token != JsonToken.START_OBJECT) {
            if (token != JsonToken.VALUE_NULL) {
                throw JsonCursor.invalid(path, field, "expected an object or a string");
            }
            return;
        }
        String sourcePath = JsonPaths.field(path, field);
        String name = null;
        String bundleId = null;
        String version = null;
        String f;
        while ((f = cursor.nextField()) != null) {
            switch (f) {
                case "name" -> name = cursor.string(sourcePath, f);
                case "bundleId", "bundleIdentifier" -> bundleId = cursor.string(sourcePath, f);
                case "version" -> version = text(sourcePath, f);
                default -> cursor.ignore(sourcePath, f);
            }
        }
        into.object(name, bundleId, version);
    }

    /** {@code device} as an HKDevice-like object, or the string HealthKit prints for one. */
    DeviceInfo device(String path, String field) {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return DeviceStrings.parse(parser.getString());
        }
        return cursor.device(path, field);
    }

    /**
     * True when the value is the {@code expected} START_ARRAY or START_OBJECT; false on null. A section of another
     * shape is rejected under its path and skipped: one odd section must not cost the rest of the body.
     */
    boolean section(String parent, String name, JsonToken expected) {
        JsonToken token = parser.currentToken();
        if (token == expected) {
            return true;
        }
        if (token != JsonToken.VALUE_NULL) {
            sink.reject(JsonPaths.field(parent, name), expected == JsonToken.START_ARRAY
                    ? "expected an array" : "expected an object");
            parser.skipChildren();
        }
        return false;
    }
}
