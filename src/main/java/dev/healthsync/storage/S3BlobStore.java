package dev.healthsync.storage;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PostPolicy;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Blobs as objects in one S3 bucket, through the MinIO client, addressed path-style. Objects of unknown length
 * are streamed as multipart uploads of {@value #PART_SIZE} bytes, so memory per upload is one part, whatever the
 * object's size (up to 10,000 parts: about 100 GB). {@link #create(String)} pipes its stream to an upload running
 * on a thread of its own; {@link #put(String, InputStream)} uploads on the caller's thread. Temporary local copies
 * ({@link #localFile(String)}) go to {@code <data-dir>/tmp}. Thread-safe.
 */
class S3BlobStore implements BlobStore, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(S3BlobStore.class);
    private static final long PART_SIZE = 10L * 1024 * 1024;
    private static final int PIPE_BUFFER = 256 * 1024;
    private static final Set<String> MISSING = Set.of("NoSuchKey", "NoSuchObject", "NotFound", "ResourceNotFound");

    private final MinioClient client;
    private final String bucket;
    private final String bucketUrl;
    private final Path tempDir;
    private final ExecutorService uploads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "s3-upload");
        thread.setDaemon(true);
        return thread;
    });

    S3BlobStore(S3Properties properties, Path tempDir) {
        this.client = MinioClient.builder().endpoint(properties.endpoint())
                .credentials(properties.accessKey(), properties.secretKey()).region(properties.region()).build();
        this.bucket = properties.bucket();
        String endpoint = properties.endpoint().strip();
        this.bucketUrl = (endpoint.endsWith("/") ? endpoint : endpoint + "/") + bucket;
        this.tempDir = tempDir;
        ensureBucket();
    }

    @Override
    public OutputStream create(String key) throws IOException {
        PipedInputStream source = new PipedInputStream(PIPE_BUFFER);
        PipedOutputStream sink = new PipedOutputStream(source);
        Future<Long> upload = uploads.submit(() -> {
            try (InputStream in = source) {
                return upload(key, in);
            }
        });
        return new UploadStream(sink, upload);
    }

    @Override
    public long put(String key, InputStream content) throws IOException {
        return upload(key, content);
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build());
        } catch (MinioException e) {
            throw failure("GET", key, e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
        } catch (MinioException e) {
            IOException failure = failure("DELETE", key, e);
            if (!(failure instanceof NoSuchFileException)) {
                throw failure;
            }
        }
    }

    @Override
    public long size(String key) throws IOException {
        try {
            return client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build()).size();
        } catch (MinioException e) {
            throw failure("HEAD", key, e);
        }
    }

    @Override
    public LocalFile localFile(String key) throws IOException {
        Files.createDirectories(tempDir);
        Path copy = tempDir.resolve("s3-" + UUID.randomUUID() + ".blob");
        try (InputStream in = open(key)) {
            Files.copy(in, copy);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        return new LocalFile(copy, true);
    }

    /** A browser-style POST policy signed by MinIO: the exact key, 1 byte to {@code maxBytes}, until expiry. */
    @Override
    public Optional<PresignedPost> presignPost(String key, long maxBytes, Instant expiresAt) throws IOException {
        PostPolicy policy = new PostPolicy(bucket, expiresAt.atZone(ZoneOffset.UTC));
        policy.addEqualsCondition("key", key);
        policy.addContentLengthRangeCondition(1L, maxBytes);
        try {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("key", key);
            fields.putAll(client.getPresignedPostFormData(policy));
            return Optional.of(new PresignedPost(bucketUrl, fields, bucket));
        } catch (MinioException e) {
            throw failure("presign", key, e);
        }
    }

    @Override
    public void close() throws Exception {
        uploads.shutdownNow();
        client.close();
    }

    /** Uploads {@code content} to its end; when reading it fails, that failure propagates and nothing is kept. */
    private long upload(String key, InputStream content) throws IOException {
        CountingStream counted = new CountingStream(content);
        try {
            client.putObject(PutObjectArgs.builder().bucket(bucket).object(key).stream(counted, -1L, PART_SIZE)
                    .build());
            return counted.count;
        } catch (MinioException | RuntimeException e) {
            Exception cause = counted.failure != null ? counted.failure : e;
            deleteQuietly(key);
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw failure("PUT", key, (MinioException) cause);
        }
    }

    private void ensureBucket() {
        try {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
                log.info("created S3 bucket {}", bucket);
            }
        } catch (MinioException e) {
            // Keep starting: the store may be briefly unreachable, and a key without bucket rights can still
            // write objects. Every blob operation reports its own failure.
            log.warn("could not check or create S3 bucket {}: {}", bucket, e.getClass().getSimpleName());
        }
    }

    private void deleteQuietly(String key) {
        try {
            delete(key);
        } catch (IOException ignored) {
            // The upload failed before completing, so there is normally nothing to delete.
        }
    }

    /** An S3 error as an I/O failure naming the operation and the S3 error code, never credentials or content. */
    private static IOException failure(String operation, String key, MinioException e) {
        if (e instanceof ErrorResponseException response && response.errorResponse() != null) {
            String code = response.errorResponse().code();
            if (MISSING.contains(code)) {
                NoSuchFileException missing = new NoSuchFileException(key);
                missing.initCause(e);
                return missing;
            }
            return new IOException("S3 " + operation + " failed: " + code, e);
        }
        Throwable cause = e.getCause();
        if (cause instanceof IOException io) {
            return io;
        }
        return new IOException("S3 " + operation + " failed: " + e.getClass().getSimpleName(), e);
    }

    /** Counts what the client read, and remembers a failure of the source (it may reach us wrapped). */
    private static final class CountingStream extends FilterInputStream {

        long count;
        Exception failure;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                int n = super.read(b, off, len);
                if (n > 0) {
                    count += n;
                }
                return n;
            } catch (IOException | RuntimeException e) {
                failure = e;
                throw e;
            }
        }
    }

    /** The writing end of {@link #create(String)}: closing it ends the upload and waits for it to finish. */
    private static final class UploadStream extends OutputStream {

        private final PipedOutputStream pipe;
        private final Future<Long> upload;
        private boolean closed;

        UploadStream(PipedOutputStream pipe, Future<Long> upload) {
            this.pipe = pipe;
            this.upload = upload;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                pipe.write(b, off, len);
                pipe.flush(); // wakes the uploading thread now rather than at its next one-second poll
            } catch (IOException e) {
                if (upload.isDone()) {
                    awaitUpload(); // the upload's own failure says more than "pipe closed"
                }
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                pipe.close();
            } finally {
                awaitUpload();
            }
        }

        private void awaitUpload() throws IOException {
            try {
                upload.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while finishing an S3 upload");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof UncheckedIOException unchecked) {
                    throw unchecked.getCause();
                }
                throw new IOException("S3 upload failed: " + cause.getClass().getSimpleName(), cause);
            }
        }
    }
}
