package dev.healthsync.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Large opaque files (archived request bodies, uploads) by key: on disk by default, S3 when configured. */
public interface BlobStore {

    /** A stream that writes the blob; the blob exists under {@code key} once the stream is closed. */
    OutputStream create(String key) throws IOException;

    InputStream open(String key) throws IOException;

    void delete(String key) throws IOException;
}
