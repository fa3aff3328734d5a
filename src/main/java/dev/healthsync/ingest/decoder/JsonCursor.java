package dev.healthsync.ingest.decoder;

import dev.healthsync.health.DeviceInfo;
import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;
import dev.healthsync.pipeline.RecordSink;
import java.io.StringWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamFactory;

/**
 * Typed reads over a streaming parser, naming every problem by its JSON path. A value reader expects the parser
 * on the value's first token and leaves it on the value's last token; a wrong shape throws {@link InvalidField}
 * with the reason only, never the value. Field paths are built only when something is wrong or ignored.
 * One instance per body; not thread-safe.
 */
public final class JsonCursor {

    public static final String BAD_DATE = "not an ISO-8601 date-time with offset";

    /** Reads one object element of an array; the parser is on the element's START_OBJECT. */
    @FunctionalInterface
    public interface ElementReader {
        void read(String path);
    }

    private final JsonParser parser;
    private final TokenStreamFactory factory;
    private final RecordSink handler;

    public JsonCursor(JsonParser parser, TokenStreamFactory factory, RecordSink handler) {
        this.parser = parser;
        this.factory = factory;
        this.handler = handler;
    }

    public JsonToken token() {
        return parser.currentToken();
    }

    /** The next property name of the current object, with the parser moved onto its value; null at the end. */
    public String nextField() {
        String name = parser.nextName();
        if (name != null) {
            parser.nextToken();
        }
        return name;
    }

    /** Reports the current value as ignored and skips it. */
    public void ignore(String parent, String name) {
        handler.ignored(JsonPaths.field(parent, name));
        parser.skipChildren();
    }

    public static InvalidField invalid(String parent, String name, String reason) {
        return new InvalidField(JsonPaths.field(parent, name), reason);
    }

    /** True on an object's start, false on null; anything else is invalid. */
    public boolean startObject(String parent, String name) {
        return start(JsonToken.START_OBJECT, parent, name, "expected an object");
    }

    /** True on an array's start, false on null; anything else is invalid. */
    public boolean startArray(String parent, String name) {
        return start(JsonToken.START_ARRAY, parent, name, "expected an array");
    }

    private boolean start(JsonToken expected, String parent, String name, String reason) {
        JsonToken token = parser.currentToken();
        if (token == expected) {
            return true;
        }
        if (token == JsonToken.VALUE_NULL) {
            return false;
        }
        throw invalid(parent, name, reason);
    }

    /** A string, or null for JSON null. */
    public String string(String parent, String name) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return parser.getString();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw invalid(parent, name, "expected a string");
    }

    /** A finite number, or null for JSON null. */
    public Double number(String parent, String name) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            double value = parser.getDoubleValue();
            if (!Double.isFinite(value)) {
                throw invalid(parent, name, "expected a finite number");
            }
            return value;
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw invalid(parent, name, "expected a number");
    }

    /** A date-time with offset, or null for JSON null (the caller decides whether it may be missing). */
    public Moment date(String parent, String name) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        Moment moment = token == JsonToken.VALUE_STRING ? IsoDateTimes.parseWithOffset(parser.getString()) : null;
        if (moment == null) {
            throw invalid(parent, name, BAD_DATE);
        }
        return moment;
    }

    /** An object re-serialized as compact JSON; null for JSON null or an empty object. */
    public String metadata(String parent, String name) {
        if (!startObject(parent, name)) {
            return null;
        }
        StringWriter json = new StringWriter(64);
        try (JsonGenerator generator = factory.createGenerator(ObjectWriteContext.empty(), json)) {
            generator.copyCurrentStructure(parser);
        }
        String text = json.toString();
        return text.equals("{}") ? null : text;
    }

    /** {@code {name, bundleId, version}}; {@link SourceInfo#UNKNOWN} for JSON null. */
    public SourceInfo source(String parent, String name) {
        if (!startObject(parent, name)) {
            return SourceInfo.UNKNOWN;
        }
        String path = JsonPaths.field(parent, name);
        String sourceName = null;
        String bundleId = null;
        String version = null;
        String field;
        while ((field = nextField()) != null) {
            switch (field) {
                case "name" -> sourceName = string(path, field);
                case "bundleId" -> bundleId = string(path, field);
                case "version" -> version = string(path, field);
                default -> ignore(path, field);
            }
        }
        return new SourceInfo(sourceName == null ? "" : sourceName, bundleId, version);
    }

    /** {@code {name, manufacturer, model, hardwareVersion, softwareVersion}}; null for JSON null or no fields. */
    public DeviceInfo device(String parent, String name) {
        if (!startObject(parent, name)) {
            return null;
        }
        String path = JsonPaths.field(parent, name);
        String deviceName = null;
        String manufacturer = null;
        String model = null;
        String hardware = null;
        String software = null;
        String field;
        while ((field = nextField()) != null) {
            switch (field) {
                case "name" -> deviceName = string(path, field);
                case "manufacturer" -> manufacturer = string(path, field);
                case "model" -> model = string(path, field);
                case "hardwareVersion" -> hardware = string(path, field);
                case "softwareVersion" -> software = string(path, field);
                default -> ignore(path, field);
            }
        }
        DeviceInfo device = new DeviceInfo(deviceName, manufacturer, model, hardware, software);
        return device.isEmpty() ? null : device;
    }

    /**
     * Reads each element of the array the parser is on as one record. An element that is not an object, or
     * whose reader throws {@link InvalidField}, is rejected and skipped to its end; the next element follows.
     */
    public void eachRecord(String arrayPath, ElementReader reader) {
        TokenStreamContext array = parser.streamReadContext();
        int index = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            String path = JsonPaths.index(arrayPath, index++);
            try {
                if (token != JsonToken.START_OBJECT) {
                    throw new InvalidField(path, "expected an object");
                }
                reader.read(path);
            } catch (InvalidField e) {
                handler.reject(e.path(), e.reason());
                skipUntilBackIn(array);
            }
        }
    }

    /** Reads each element of the array the parser is on; any problem is left to the enclosing record. */
    public void eachElement(String arrayPath, ElementReader reader) {
        int index = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            String path = JsonPaths.index(arrayPath, index++);
            if (token != JsonToken.START_OBJECT) {
                throw new InvalidField(path, "expected an object");
            }
            reader.read(path);
        }
    }

    /** Skips whatever is left of the element being read, however deep the parser is inside it. */
    private void skipUntilBackIn(TokenStreamContext array) {
        JsonToken token = parser.currentToken();
        if (token != null && token.isStructStart()) {
            parser.skipChildren();
        }
        while (parser.streamReadContext() != array) {
            token = parser.nextToken();
            if (token == null) {
                throw new MalformedBodyException(JsonPaths.of(parser.streamReadContext()),
                        "not valid JSON: unexpected end-of-input");
            }
            if (token.isStructStart()) {
                parser.skipChildren();
            }
        }
    }
}
