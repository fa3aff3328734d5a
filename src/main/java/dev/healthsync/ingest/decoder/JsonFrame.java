package dev.healthsync.ingest.decoder;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * The frame every JSON push body is read in: one object at the top, nothing after it but whitespace, and every
 * failure turned into what the caller answers. A body that is not JSON, not an object, or whose top-level value
 * reader throws {@link InvalidField} becomes a {@link MalformedBodyException} naming the path (Jackson's reason
 * without the location, the source excerpt or any token copied from the body); a failing stream becomes an
 * {@link UncheckedIOException}. The stream is neither closed nor read past the object's end plus trailing
 * whitespace. Thread-safe.
 */
public final class JsonFrame {

    /**
     * The factory decoders parse and write JSON with: it never closes the caller's stream and never copies body
     * text into error locations (which would carry health values into messages).
     */
    public static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private JsonFrame() {
    }

    /** Reads the top-level object; the parser is on its START_OBJECT and must be left on its END_OBJECT. */
    @FunctionalInterface
    public interface TopLevel<T> {
        T read(JsonParser parser);
    }

    /**
     * Reads {@code body} as one JSON object with {@code reader} and returns what the reader returned.
     *
     * @throws MalformedBodyException when the body is not one JSON object, or the reader found the envelope broken
     * @throws UncheckedIOException   when reading the stream itself fails
     */
    public static <T> T read(InputStream body, TopLevel<T> reader) {
        Objects.requireNonNull(body, "body");
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(ObjectReadContext.empty(), body);
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedBodyException("", "expected a JSON object at the top level");
            }
            T result = reader.read(parser);
            if (parser.nextToken() != null) {
                throw new MalformedBodyException("", "not valid JSON: content after the top-level object");
            }
            return result;
        } catch (InvalidField e) {
            throw new MalformedBodyException(e.path(), e.reason());
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        } catch (JacksonException e) {
            String path = parser == null ? "" : JsonPaths.of(parser.streamReadContext());
            throw new MalformedBodyException(path, "not valid JSON: " + shortReason(e));
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
    }

    /** Jackson's reason without the location and source excerpt, and without any token copied from the body. */
    static String shortReason(JacksonException e) {
        String reason = e.getOriginalMessage();
        if (reason == null || reason.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int newline = reason.indexOf('\n');
        if (newline >= 0) {
            reason = reason.substring(0, newline);
        }
        int source = reason.indexOf("[Source:");
        if (source >= 0) {
            reason = reason.substring(0, source).replaceFirst("\\s*\\((start marker )?at\\s*$", "").strip();
        }
        return reason.replaceFirst("^Unrecognized token '[^']*'", "Unrecognized token");
    }
}
