package dev.healthsync.imports.upload;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes at most {@code limit} bytes and fails on the first byte beyond, having read no more than that one: an
 * oversize upload stops being read at once. {@link #exceeded()} tells the failure apart from the client's own.
 */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;
    private boolean exceeded;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (exceeded) {
            throw new LimitExceededException();
        }
        if (len == 0) {
            return 0;
        }
        int n = super.read(b, off, (int) Math.min(len, limit - count + 1));
        if (n > 0) {
            count += n;
            if (count > limit) {
                exceeded = true;
                throw new LimitExceededException();
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skipping is not supported");
    }

    boolean exceeded() {
        return exceeded;
    }

    long count() {
        return count;
    }

    /** Thrown by the stream at the first byte past its limit. */
    static final class LimitExceededException extends IOException {
        LimitExceededException() {
            super("the upload passed its size limit");
        }
    }
}
