package dev.healthsync.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Large opaque files (archived request bodies, uploads) by key: on disk by default, S3 when configured. */
public interface BlobStore {

    /** A stream that writes the blob; the blob exists under {@code key} once the stream is closed. */
    OutputStream create(String key) throws IOException;

    /**
     * Stores everything {@code content} yields under {@code key}, streaming, and returns the number of bytes
     * stored. If reading {@code content} throws, the exception propagates and nothing is kept under {@code key}.
     */
    default long put(String key, InputStream content) throws IOException {
        long total = 0;
        try (OutputStream out = create(key)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = content.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                total += n;
            }
        } catch (IOException | RuntimeException e) {
            try {
                delete(key);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return total;
    }

    InputStream open(String key) throws IOException;

    void delete(String key) throws IOException;

    /** The blob's size in bytes; {@link java.nio.file.NoSuchFileException} when there is no blob under the key. */
    long size(String key) throws IOException;

    /**
     * The blob as a local file, for readers that need random access (a zip's central directory is at its end).
     * Close it when done: a temporary copy (of a blob in S3) is then removed.
     */
    LocalFile localFile(String key) throws IOException;

    /**
     * A presigned POST policy that lets a client upload one object of at most {@code maxBytes} under {@code key}
     * straight to the store until {@code expiresAt}; empty when the store cannot take uploads itself (disk).
     */
    default Optional<PresignedPost> presignPost(String key, long maxBytes, Instant expiresAt) throws IOException {
        return Optional.empty();
    }

    /** A local file holding a blob; {@code temporary} copies are deleted on close. */
    record LocalFile(Path path, boolean temporary) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            if (temporary) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Where to POST ({@code url}), the form fields to send before the file, and the bucket they name. */
    record PresignedPost(String url, Map<String, String> fields, String bucket) {
    }
}
