package dev.healthsync.query;

import dev.healthsync.storage.StoredSample;
import dev.healthsync.system.BadRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque keyset cursor: the (start, id) of the last sample of a page. */
record SampleCursor(long startMs, long id) {

    static SampleCursor after(StoredSample sample) {
        return new SampleCursor(sample.start().epochMillis(), sample.id());
    }

    static SampleCursor parse(String text) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
            int colon = decoded.indexOf(':');
            return new SampleCursor(Long.parseLong(decoded.substring(0, colon)),
                    Long.parseLong(decoded.substring(colon + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new BadRequestException("cursor is not one this server issued");
        }
    }

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((startMs + ":" + id).getBytes(StandardCharsets.US_ASCII));
    }
}
