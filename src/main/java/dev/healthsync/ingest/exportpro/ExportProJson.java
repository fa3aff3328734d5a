package dev.healthsync.ingest.exportpro;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamFactory;

/**
 * One JSON value of a record held as a small tree and written back with its keys sorted. The app is written in
 * Swift, whose dictionaries serialize in a different order on every run; metadata and documents are compared as
 * text (a document's identity includes its payload), so the same record must always yield the same text.
 * <p>
 * Objects become {@code TreeMap<String, Object>} (a repeated key keeps its last value), arrays {@code List},
 * strings {@code String}, numbers {@link NumberText} (the digits as sent, so {@code 1.0} stays {@code 1.0}),
 * booleans {@code Boolean}, and null {@link #NULL}. Only one record's values are held at a time.
 */
final class ExportProJson {

    /** JSON null inside a tree (a Java null would be lost in maps and lists). */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

    /** A JSON number as it was written. */
    record NumberText(String text) {

        double value() {
            return Double.parseDouble(text);
        }
    }

    private ExportProJson() {
    }

    /** Reads the value the parser is on, leaving the parser on its last token. */
    static Object read(JsonParser parser) {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new TreeMap<>();
                String name;
                while ((name = parser.nextName()) != null) {
                    parser.nextToken();
                    object.put(name, read(parser));
                }
                return object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser));
                }
                return array;
            }
            case VALUE_STRING -> {
                return parser.getString();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new NumberText(parser.getString());
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            default -> {
                return NULL;
            }
        }
    }

    /** The tree as compact JSON with every object's keys in sorted order. */
    static String write(Object tree, TokenStreamFactory factory) {
        StringWriter json = new StringWriter(128);
        try (JsonGenerator generator = factory.createGenerator(ObjectWriteContext.empty(), json)) {
            write(tree, generator);
        }
        return json.toString();
    }

    private static void write(Object value, JsonGenerator out) {
        if (value instanceof Map<?, ?> object) {
            out.writeStartObject();
            for (Map.Entry<?, ?> entry : object.entrySet()) {
                out.writeName((String) entry.getKey());
                write(entry.getValue(), out);
            }
            out.writeEndObject();
        } else if (value instanceof List<?> array) {
            out.writeStartArray();
            for (Object element : array) {
                write(element, out);
            }
            out.writeEndArray();
        } else if (value instanceof String text) {
            out.writeString(text);
        } else if (value instanceof NumberText number) {
            out.writeNumber(number.text());
        } else if (value instanceof Boolean flag) {
            out.writeBoolean(flag);
        } else {
            out.writeNull();
        }
    }

    /** A JSON number or a string holding a plain decimal number, as a finite double; else null. */
    static Double number(Object value) {
        String text = value instanceof NumberText number ? number.text()
                : value instanceof String s ? s.strip() : null;
        if (text == null || !DECIMAL.matcher(text).matches()) {
            return null;
        }
        double parsed = Double.parseDouble(text);
        return Double.isFinite(parsed) ? parsed : null;
    }

    /** A string, or a number's digits (some senders write ids as numbers); null for anything else. */
    static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        return value instanceof NumberText number ? number.text() : null;
    }
}
