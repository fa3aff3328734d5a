package dev.healthsync.imports.reader;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it and tells the listener every {@link #STEP} bytes, so that a progress bar or a
 * job's status moves without a callback per read. Not thread-safe.
 */
final class ProgressInputStream extends FilterInputStream {

    /** Report granularity: about a megabyte, a few thousand callbacks for the largest exports. */
    static final long STEP = 1L << 20;

    private final long total;
    private final ReadListener listener;
    private long count;
    private long nextReport = STEP;

    ProgressInputStream(InputStream in, long total, ReadListener listener) {
        super(in);
        this.total = total;
        this.listener = listener;
    }

    /** A last report once the stream is done, so a bar ends at its total. */
    void finish() {
        listener.progress(count, Math.max(total, count));
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = in.skip(n);
        advance(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void advance(long n) {
        count += n;
        if (count >= nextReport) {
            nextReport = count + STEP;
            listener.progress(count, Math.max(total, count));
        }
    }
}
