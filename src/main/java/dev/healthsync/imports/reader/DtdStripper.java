package dev.healthsync.imports.reader;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Blanks out the document type declaration ({@code <!DOCTYPE HealthData [ … ]>}) from the prolog of an export before
 * the parser sees it. The internal DTD is never needed (the reader does not validate) and is sometimes broken:
 * iOS 16's "HealthKit Export Version: 12" never closes the {@code ATTLIST} of {@code VisionPrescription}, nests
 * {@code RightEye}/{@code LeftEye} inside it and adds a stray {@code >}, which every conforming parser rejects.
 * <p>
 * Works on bytes, before decoding: the prolog is buffered (at most {@link #MAX_PROLOG} bytes) up to the root
 * element, the declaration is blanked out (every byte but line breaks becomes a space, which the prolog allows), and
 * everything after the prolog streams through untouched. Blanking rather than cutting keeps every line and column
 * the parser reports equal to the original file's, so a skip or an error names a line a person can look up. The end of the
 * internal subset is the first {@code ]} followed by optional whitespace and {@code >} outside a comment, which
 * holds even for the broken iOS 16 subset. A prolog longer than the limit, or without a root element, is passed
 * through unchanged. Not thread-safe.
 */
final class DtdStripper extends InputStream {

    /** Apple's DTD is about 12 KB; a prolog this long is not an export's and is left alone. */
    static final int MAX_PROLOG = 4 << 20;

    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final InputStream in;
    private byte[] buffer = new byte[16 * 1024];
    private int length;
    private boolean eof;
    private byte[] head;
    private int headPos;
    private boolean stripped;
    private final byte[] single = new byte[1];

    DtdStripper(InputStream in) {
        this.in = in;
    }

    /** Whether a declaration was found and removed; known once the first byte was read. */
    boolean stripped() {
        return stripped;
    }

    @Override
    public int read() throws IOException {
        int n = read(single, 0, 1);
        return n <= 0 ? -1 : single[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int count) throws IOException {
        if (head == null) {
            head = prolog();
        }
        if (count == 0) {
            return 0;
        }
        if (headPos < head.length) {
            int n = Math.min(count, head.length - headPos);
            System.arraycopy(head, headPos, target, offset, n);
            headPos += n;
            return n;
        }
        return in.read(target, offset, count);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The buffered prolog with the declaration blanked out. */
    private byte[] prolog() throws IOException {
        int i = 0;
        if (available(3) && (buffer[0] & 0xff) == 0xEF && (buffer[1] & 0xff) == 0xBB && (buffer[2] & 0xff) == 0xBF) {
            i = 3;
        }
        while (true) {
            while (available(i + 1) && isSpace(buffer[i])) {
                i++;
            }
            if (!available(i + 2) || buffer[i] != '<') {
                return Arrays.copyOf(buffer, length);
            }
            int end;
            if (buffer[i + 1] == '?') {
                end = find(i + 2, "?>");
            } else if (startsWith(i, "<!--")) {
                end = find(i + 4, "-->");
            } else if (startsWith(i, DOCTYPE)) {
                int declarationEnd = doctypeEnd(i + DOCTYPE.length);
                if (declarationEnd < 0) {
                    return Arrays.copyOf(buffer, length);
                }
                stripped = true;
                byte[] out = Arrays.copyOf(buffer, length);
                for (int k = i; k < declarationEnd; k++) {
                    if (out[k] != '\n' && out[k] != '\r') {
                        out[k] = ' ';
                    }
                }
                return out;
            } else {
                return Arrays.copyOf(buffer, length); // the root element: no declaration
            }
            if (end < 0) {
                return Arrays.copyOf(buffer, length);
            }
            i = end;
        }
    }

    /** The index just past the declaration whose name starts at {@code i}, or -1 when it has no end in reach. */
    private int doctypeEnd(int i) throws IOException {
        byte quote = 0;
        for (; available(i + 1); i++) {
            byte b = buffer[i];
            if (quote != 0) {
                quote = b == quote ? 0 : quote;
            } else if (b == '"' || b == '\'') {
                quote = b;
            } else if (b == '>') {
                return i + 1;
            } else if (b == '[') {
                return subsetEnd(i + 1);
            }
        }
        return -1;
    }

    /** The index just past {@code ]>} closing the internal subset, skipping comments; -1 when not in reach. */
    private int subsetEnd(int i) throws IOException {
        while (available(i + 1)) {
            if (startsWith(i, "<!--")) {
                i = find(i + 4, "-->");
                if (i < 0) {
                    return -1;
                }
                continue;
            }
            if (buffer[i] == ']') {
                int j = i + 1;
                while (available(j + 1) && isSpace(buffer[j])) {
                    j++;
                }
                if (available(j + 1) && buffer[j] == '>') {
                    return j + 1;
                }
            }
            i++;
        }
        return -1;
    }

    /** The index just past the first {@code token} at or after {@code from}, or -1. */
    private int find(int from, String token) throws IOException {
        for (int i = from; available(i + token.length()); i++) {
            if (startsWith(i, token)) {
                return i + token.length();
            }
        }
        return -1;
    }

    private boolean startsWith(int at, String token) throws IOException {
        if (!available(at + token.length())) {
            return false;
        }
        for (int k = 0; k < token.length(); k++) {
            if (buffer[at + k] != token.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private boolean startsWith(int at, byte[] token) throws IOException {
        if (!available(at + token.length)) {
            return false;
        }
        for (int k = 0; k < token.length; k++) {
            if (buffer[at + k] != token[k]) {
                return false;
            }
        }
        return true;
    }

    /** Whether at least {@code n} bytes are buffered, reading more (up to the prolog limit) when needed. */
    private boolean available(int n) throws IOException {
        while (length < n && !eof) {
            if (length == buffer.length) {
                if (buffer.length >= MAX_PROLOG) {
                    return false;
                }
                buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, MAX_PROLOG));
            }
            int read = in.read(buffer, length, buffer.length - length);
            if (read < 0) {
                eof = true;
            } else {
                length += read;
            }
        }
        return length >= n;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }
}
