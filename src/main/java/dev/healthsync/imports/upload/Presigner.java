package dev.healthsync.imports.upload;

import dev.healthsync.storage.BlobStore;
import dev.healthsync.system.BadRequestException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Answers the presign call: a key in the user's upload folder and a POST policy for it. With S3 configured the
 * policy is S3's own, signed for the bucket; otherwise the server plays S3 and signs an {@link UploadPolicy} for
 * its own upload endpoint, so the same client code posts either.
 */
@Component
class Presigner {

    static final long MIN_EXPIRATION = 60;
    static final long MAX_EXPIRATION = 3600;
    static final long DEFAULT_EXPIRATION = 300;
    static final long MIN_SIZE = 1024;
    static final long MAX_SIZE = 10L * 1024 * 1024 * 1024;
    static final long DEFAULT_SIZE = 50L * 1024 * 1024;

    private final BlobStore blobs;
    private final UploadPolicy policy;
    private final UploadProperties properties;
    private final Clock clock;

    Presigner(BlobStore blobs, UploadPolicy policy, UploadProperties properties, Clock clock) {
        this.blobs = blobs;
        this.policy = policy;
        this.properties = properties;
        this.clock = clock;
    }

    /** The presign response; {@code ownUploadUrl} is where this server receives uploads when it plays S3. */
    Map<String, Object> presign(long userId, PresignRequest request, String ownUploadUrl) {
        PresignRequest asked = request == null ? PresignRequest.DEFAULTS : request;
        long expiration = within("expiration_seconds", asked.expirationSeconds(), DEFAULT_EXPIRATION,
                MIN_EXPIRATION, MAX_EXPIRATION);
        long maxSize = within("max_file_size", asked.maxFileSize(),
                Math.min(DEFAULT_SIZE, properties.maxUpload().toBytes()), MIN_SIZE, MAX_SIZE);
        if (maxSize > properties.maxUpload().toBytes()) {
            throw new BadRequestException("max_file_size exceeds this server's upload limit of "
                    + properties.maxUpload().toBytes() + " bytes (HEALTHSYNC_MAX_UPLOAD)");
        }
        if (asked.filename() != null && asked.filename().length() > UploadKeys.MAX_NAME) {
            throw new BadRequestException("filename must be at most " + UploadKeys.MAX_NAME + " characters");
        }
        String key = UploadKeys.newKey(userId, asked.filename());
        Instant expiresAt = clock.instant().plusSeconds(expiration);

        Optional<BlobStore.PresignedPost> s3;
        try {
            s3 = blobs.presignPost(key, maxSize, expiresAt);
        } catch (IOException e) {
            throw new UncheckedIOException("the object store could not sign an upload policy", e);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("upload_url", s3.map(BlobStore.PresignedPost::url).orElse(ownUploadUrl));
        body.put("form_fields", s3.map(BlobStore.PresignedPost::fields)
                .orElseGet(() -> policy.sign(new UploadPolicy.Grant(userId, key, maxSize, expiresAt))));
        body.put("file_key", key);
        body.put("expires_in", expiration);
        body.put("max_file_size", maxSize);
        body.put("bucket", s3.map(BlobStore.PresignedPost::bucket).orElse(UploadPolicy.BUCKET));
        return body;
    }

    private static long within(String field, Long value, long fallback, long min, long max) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw new BadRequestException(field + " must be between " + min + " and " + max);
        }
        return value;
    }
}
