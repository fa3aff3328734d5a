package dev.healthsync.query;

import dev.healthsync.storage.StoredSample;
import dev.healthsync.system.InvalidParameterException;
import java.util.Base64;

/** Opaque keyset cursor: the identity key of the last sample of a page, whose order it is. */
record SampleCursor(byte[] afterKey) {

    private static final int KEY_BYTES = 16;

    static SampleCursor after(StoredSample sample) {
        return new SampleCursor(sample.identityKey());
    }

    static SampleCursor parse(String text) {
        try {
            byte[] key = Base64.getUrlDecoder().decode(text);
            if (key.length != KEY_BYTES) {
                throw new IllegalArgumentException("not a key");
            }
            return new SampleCursor(key);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("cursor", "cursor is not one this server issued");
        }
    }

    String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(afterKey);
    }
}
