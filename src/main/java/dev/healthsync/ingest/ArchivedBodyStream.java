package dev.healthsync.ingest;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/**
 * The decompressed body as decoders read it. Fails with 413 once more than {@code limit} bytes were read (a
 * small gzip body can inflate without bound), and with 400 where the gzip data is corrupt or cut short, which
 * only shows once the reader reaches it.
 */
final class ArchivedBodyStream extends FilterInputStream {

    private final long limit;
    private long read;

    ArchivedBodyStream(InputStream decompressed, long limit) {
        super(decompressed);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n;
        try {
            n = super.read(b, off, len);
        } catch (ZipException | EOFException corrupt) {
            throw new MalformedEncodingException();
        }
        if (n > 0) {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }
        return n;
    }
}
