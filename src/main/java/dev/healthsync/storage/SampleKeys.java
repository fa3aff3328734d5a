package dev.healthsync.storage;

import java.nio.ByteBuffer;

/**
 * Key bounds for time ranges. A sample's identity key begins with its start second as a big-endian long (the
 * pipeline's layout), so every key of a second sorts at or after that second's 8-byte prefix and before the next
 * one's, in SQLite's and PostgreSQL's byte order alike.
 */
final class SampleKeys {

    private SampleKeys() {
    }

    /**
     * The lowest key of samples starting at {@code epochSecond}. Seconds before 1970 are clamped to 0: their keys,
     * negative in two's complement, sort after every later one, and no HealthKit sample is that old.
     */
    static byte[] secondPrefix(long epochSecond) {
        return ByteBuffer.allocate(Long.BYTES).putLong(Math.max(0, epochSecond)).array();
    }
}
