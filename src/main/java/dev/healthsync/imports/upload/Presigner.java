package dev.healthsync.imports.upload;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.healthsync.storage.BlobStore;
import dev.healthsync.system.BadRequestException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
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
    PresignedUpload presign(long userId, PresignRequest request, String ownUploadUrl) {
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
        return new PresignedUpload(s3.map(BlobStore.PresignedPost::url).orElse(ownUploadUrl),
                s3.map(BlobStore.PresignedPost::fields)
                        .orElseGet(() -> policy.sign(new UploadPolicy.Grant(userId, key, maxSize, expiresAt))),
                key, expiration, maxSize, s3.map(BlobStore.PresignedPost::bucket).orElse(UploadPolicy.BUCKET));
    }

    /** The presign response: an S3-style POST policy, from S3 or from this server. */
    @Schema(description = "A presigned POST: post `form_fields`, then the file in a part named `file`, to "
            + "`upload_url`.")
    record PresignedUpload(
            @JsonProperty("upload_url") @Schema(description = "Where to POST the form: the server's own "
                    + "`/api/v1/uploads`, or `<HEALTHSYNC_S3_ENDPOINT>/<bucket>` with S3.", format = "uri")
            String uploadUrl,
            @JsonProperty("form_fields") @Schema(description = "Post every one of these, unchanged, before the file. "
                    + "Server: `key`, `policy`, `signature`. S3: `key`, `policy`, `x-amz-algorithm`, "
                    + "`x-amz-credential`, `X-Amz-Date`, `x-amz-signature`.") Map<String, String> formFields,
            @JsonProperty("file_key") @Schema(description = "`uploads/<user id>/<uuid>/<file name>`; the key to pass "
                    + "to `complete`.", example = "uploads/1/f6d6ac04-2b33-4bc1-bfff-a9f5adcbc93a/export.zip")
            String fileKey,
            @JsonProperty("expires_in") @Schema(description = "Seconds the policy stays valid.") long expiresIn,
            @JsonProperty("max_file_size") @Schema(description = "The largest file the policy accepts, in bytes.")
            long maxFileSize,
            @Schema(description = "The S3 bucket, or `local` when the server plays S3.") String bucket) {
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
