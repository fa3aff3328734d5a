package dev.healthsync.cli.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A byte buffer in front of a stream for generated XML: text, integers, fixed-point decimals and export dates are
 * encoded straight into the buffer, without a {@code String} per value, so the generator runs far faster than the
 * import it feeds. Counts the bytes written. Not thread-safe.
 */
final class TextOut {

    private static final int SIZE = 1 << 16;
    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private final OutputStream out;
    private final byte[] buffer = new byte[SIZE];
    private int position;
    private long flushed;

    TextOut(OutputStream out) {
        this.out = out;
    }

    /** Text of any characters of the Basic Multilingual Plane, as UTF-8; markup must be escaped by the caller. */
    TextOut text(String text) {
        int length = text.length();
        if (length > SIZE / 3) {
            for (int from = 0; from < length; from += SIZE / 3) {
                text(text.substring(from, Math.min(length, from + SIZE / 3)));
            }
            return this;
        }
        room(length * 3);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                buffer[position++] = (byte) c;
            } else if (c < 0x800) {
                buffer[position++] = (byte) (0xC0 | (c >> 6));
                buffer[position++] = (byte) (0x80 | (c & 0x3F));
            } else {
                buffer[position++] = (byte) (0xE0 | (c >> 12));
                buffer[position++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buffer[position++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return this;
    }

    TextOut number(long value) {
        room(20);
        if (value < 0) {
            buffer[position++] = '-';
            value = -value;
        }
        int start = position;
        do {
            buffer[position++] = (byte) ('0' + value % 10);
            value /= 10;
        } while (value > 0);
        reverse(start, position - 1);
        return this;
    }

    /** {@code unscaled / 10^scale} with exactly {@code scale} decimals ({@code 1234, 3} gives {@code 1.234}). */
    TextOut decimal(long unscaled, int scale) {
        if (scale == 0) {
            return number(unscaled);
        }
        if (unscaled < 0) {
            room(1);
            buffer[position++] = '-';
            unscaled = -unscaled;
        }
        long power = POWERS[scale];
        number(unscaled / power);
        room(scale + 1);
        buffer[position++] = '.';
        padded(unscaled % power, scale);
        return this;
    }

    /** {@code value} with at least {@code digits} digits, zero-padded. */
    TextOut padded(long value, int digits) {
        room(Math.max(digits, 20));
        int end = position + digits;
        for (int i = end - 1; i >= position; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        position = end;
        return this;
    }

    /** Lower-case hexadecimal without a prefix. */
    TextOut hex(long value) {
        room(16);
        int start = position;
        do {
            int digit = (int) (value & 0xF);
            buffer[position++] = (byte) (digit < 10 ? '0' + digit : 'a' + digit - 10);
            value >>>= 4;
        } while (value != 0);
        reverse(start, position - 1);
        return this;
    }

    /** Bytes written so far, buffered or not. */
    long written() {
        return flushed + position;
    }

    void flush() {
        try {
            out.write(buffer, 0, position);
            flushed += position;
            position = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void room(int bytes) {
        if (position + bytes > SIZE) {
            flush();
        }
    }

    private void reverse(int from, int to) {
        while (from < to) {
            byte swap = buffer[from];
            buffer[from++] = buffer[to];
            buffer[to--] = swap;
        }
    }
}
