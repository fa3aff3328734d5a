package dev.healthsync.ingest.autoexport;

import dev.healthsync.health.Moment;
import dev.healthsync.ingest.decoder.JsonCursor;
import dev.healthsync.ingest.decoder.JsonPaths;
import dev.healthsync.pipeline.RecordSink;
import java.time.ZoneId;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * {@link JsonCursor} with the reads Health Auto Export needs on top: its date forms, numbers that arrive as strings,
 * {@code metadata: []}, and values kept whole as sorted JSON. One per parser; not thread-safe.
 */
final class HaeReader {

    private final JsonParser parser;
    private final JsonCursor cursor;
    private final HaeOptions options;
    private final RecordSink sink;

    HaeReader(JsonParser parser, HaeOptions options, RecordSink sink) {
        this.parser = parser;
        this.cursor = new JsonCursor(parser, HaeJson.FACTORY, sink);
        this.options = options;
        this.sink = sink;
    }

    JsonParser parser() {
        return parser;
    }

    HaeOptions options() {
        return options;
    }

    ZoneId zone() {
        return options.zone();
    }

    RecordSink sink() {
        return sink;
    }

    JsonToken token() {
        return parser.currentToken();
    }

    String nextField() {
        return cursor.nextField();
    }

    void ignore(String parent, String name) {
        cursor.ignore(parent, name);
    }

    /** Skips the current value without reporting it (a field that is known but not stored). */
    void skip() {
        parser.skipChildren();
    }

    boolean startArray(String parent, String name) {
        return cursor.startArray(parent, name);
    }

    boolean startObject(String parent, String name) {
        return cursor.startObject(parent, name);
    }

    String string(String parent, String name) {
        return cursor.string(parent, name);
    }

    /** A string, or the text of a number or boolean; null for JSON null. Objects and arrays are invalid. */
    String text(String parent, String name) {
        JsonToken token = parser.currentToken();
        if (token != null && token.isScalarValue()) {
            return token == JsonToken.VALUE_NULL ? null : parser.getString();
        }
        throw JsonCursor.invalid(parent, name, "expected a string");
    }

    /** A finite number, also when written as a string ({@code "97.5"}); null for JSON null or an empty string. */
    Double number(String parent, String name) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return cursor.number(parent, name);
        }
        String text = parser.getString().strip();
        if (text.isEmpty()) {
            return null;
        }
        Double value = parseNumber(text);
        if (value == null) {
            throw JsonCursor.invalid(parent, name, "expected a number");
        }
        return value;
    }

    /** A plain decimal number, or null: no hex, no {@code NaN}, no {@code Infinity}. */
    static Double parseNumber(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return null;
            }
        }
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A date in any of {@link HaeDates}'s forms (a number is epoch seconds); null for JSON null. */
    Moment date(String parent, String name) {
        JsonToken token = parser.currentToken();
        Moment moment;
        if (token == JsonToken.VALUE_NULL) {
            return null;
        } else if (token == JsonToken.VALUE_STRING) {
            moment = HaeDates.parse(parser.getString(), zone());
        } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            moment = HaeDates.epoch(parser.getDoubleValue(), zone());
        } else {
            moment = null;
        }
        if (moment == null) {
            throw JsonCursor.invalid(parent, name, HaeDates.BAD_DATE);
        }
        return moment;
    }

    /**
     * A metadata object as sorted compact JSON; null for JSON null, {@code {}} and the empty array {@code []} that
     * the app writes for "no metadata". Any other array is reported as ignored.
     */
    String metadata(String parent, String name) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_ARRAY) {
            JsonToken next = parser.nextToken();
            if (next != JsonToken.END_ARRAY) {
                sink.ignored(JsonPaths.field(parent, name));
            }
            while (next != JsonToken.END_ARRAY && next != null) {
                if (next.isStructStart()) {
                    parser.skipChildren();
                }
                next = parser.nextToken();
            }
            return null;
        }
        if (!cursor.startObject(parent, name)) {
            return null;
        }
        String json = HaeJson.canonical(parser);
        return json.equals("{}") ? null : json;
    }

    /** The current value as sorted compact JSON. */
    String canonical() {
        return HaeJson.canonical(parser);
    }

    void eachRecord(String arrayPath, JsonCursor.ElementReader reader) {
        cursor.eachRecord(arrayPath, reader);
    }
}
