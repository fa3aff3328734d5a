package dev.healthsync.imports.reader;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Replaces the C0 control characters that XML 1.0 forbids (everything below 0x20 except tab, line feed and carriage
 * return) with a space, byte by byte, as the bytes stream past. Real exports carry them inside attribute values
 * (a vertical tab 0x0B in a workout's or a third-party app's metadata is the classic), and a single one makes any
 * conforming parser abort the whole import. Working on bytes is safe for UTF-8: every byte of a multi-byte
 * sequence is 0x80 or above, so no character is cut. Not thread-safe.
 */
final class ControlCharFilter extends FilterInputStream {

    private static final boolean[] ILLEGAL = new boolean[256];
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    static {
        for (int b = 0; b < 0x20; b++) {
            ILLEGAL[b] = b != '\t' && b != '\n' && b != '\r';
        }
    }

    private long replaced;

    ControlCharFilter(InputStream in) {
        super(in);
    }

    /** How many bytes were replaced so far. */
    long replaced() {
        return replaced;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0 && ILLEGAL[b]) {
            replaced++;
            return ' ';
        }
        return b;
    }

    /**
     * Scans eight bytes at a time: a word holds a byte below 0x20 exactly when {@link #hasControlByte} says so,
     * and only such words (one in a dozen or so, for the line feeds and tabs of the layout) are looked at byte by
     * byte. A plain byte loop cost a tenth of the reader's time.
     */
    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        int end = offset + Math.max(n, 0);
        int i = offset;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            if (hasControlByte((long) LONGS.get(buffer, i))) {
                replaceIn(buffer, i, i + Long.BYTES);
            }
        }
        replaceIn(buffer, i, end);
        return n;
    }

    /** Whether a byte of the word is below 0x20 (the classic "has less than" test; bytes from 0x80 never count). */
    private static boolean hasControlByte(long word) {
        return ((word - 0x20 * ONES) & ~word & HIGH_BITS) != 0;
    }

    private void replaceIn(byte[] buffer, int from, int to) {
        for (int i = from; i < to; i++) {
            if ((buffer[i] & 0xE0) == 0 && ILLEGAL[buffer[i]]) {
                buffer[i] = ' ';
                replaced++;
            }
        }
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes are never seen by the parser, so they need no filtering.
        return in.skip(n);
    }
}
