package dev.healthsync.query.documents;

import dev.healthsync.storage.DocumentFilter;
import dev.healthsync.system.InvalidParameterException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque keyset cursor of a document list: the position (start, record kind, id) of the last row of a page. */
final class DocumentCursor {

    private DocumentCursor() {
    }

    static String encode(DocumentFilter.Position position) {
        String text = (position.startMs() == null ? "-" : position.startMs().toString()) + ":"
                + (position.sample() ? "s" : "d") + ":" + position.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    static DocumentFilter.Position parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split(":");
            if (parts.length != 3 || !(parts[1].equals("s") || parts[1].equals("d"))) {
                throw new IllegalArgumentException("not a position");
            }
            return new DocumentFilter.Position(parts[0].equals("-") ? null : Long.valueOf(parts[0]),
                    parts[1].equals("s"), Long.parseLong(parts[2]));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("cursor", "cursor is not one this server issued");
        }
    }
}
