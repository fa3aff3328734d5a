package dev.healthsync.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Large opaque files (archived request bodies, uploads) by key: on disk by default, S3 when configured. */
public interface BlobStore {

    /** A stream that writes the blob; the blob exists under {@code key} once the stream is closed. */
    OutputStream create(String key) throws IOException;

    InputStream open(String key) throws IOException;

    void delete(String key) throws IOException;

    /** The blob's size in bytes. */
    long size(String key) throws IOException;

    /**
     * The blob as a local file, for readers that need random access (a zip's central directory is at its end).
     * Close it when done: a temporary copy (of a blob in S3) is then removed.
     */
    LocalFile localFile(String key) throws IOException;

    /** A local file holding a blob; {@code temporary} copies are deleted on close. */
    record LocalFile(Path path, boolean temporary) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            if (temporary) {
                Files.deleteIfExists(path);
            }
        }
    }
}
