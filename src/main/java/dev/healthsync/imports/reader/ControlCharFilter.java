package dev.healthsync.imports.reader;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Replaces the C0 control characters that XML 1.0 forbids (everything below 0x20 except tab, line feed and carriage
 * return) with a space, byte by byte, as the bytes stream past. Real exports carry them inside attribute values
 * (a vertical tab 0x0B in a workout's or a third-party app's metadata is the classic), and a single one makes any
 * conforming parser abort the whole import. Working on bytes is safe for UTF-8: every byte of a multi-byte
 * sequence is 0x80 or above, so no character is cut. Not thread-safe.
 */
final class ControlCharFilter extends FilterInputStream {

    private static final boolean[] ILLEGAL = new boolean[256];

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

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            // One test for the common case: bytes 0x20-0x7F and every byte of a multi-byte UTF-8 sequence.
            if ((buffer[i] & 0xE0) == 0 && ILLEGAL[buffer[i]]) {
                buffer[i] = ' ';
                replaced++;
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes are never seen by the parser, so they need no filtering.
        return in.skip(n);
    }
}
