package dev.healthsync.imports.upload;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Body of the presign call; every field optional.
 *
 * @param filename          the file's name, kept (sanitized) as the last segment of the key; at most 200 characters
 * @param expirationSeconds how long the policy stays valid, 60 to 3600 (default 300)
 * @param maxFileSize       the largest file the policy accepts, in bytes, 1 KiB to 10 GiB (default 50 MiB)
 */
@Schema(description = "Every field is optional; a missing or null field takes its default.")
record PresignRequest(
        @Schema(description = "The file's name, kept as the last segment of `file_key`, reduced to `A-Za-z0-9._-`; "
                + "at most 200 characters.", maxLength = 200, defaultValue = "export", example = "export.zip")
        String filename,
        @JsonProperty("expiration_seconds")
        @Schema(description = "Seconds the policy may be used; the upload must start before it expires.",
                minimum = "60", maximum = "3600", defaultValue = "300") Long expirationSeconds,
        @JsonProperty("max_file_size")
        @Schema(description = "The largest file the policy accepts, in bytes (1 KiB to 10 GiB, default 50 MiB), and at "
                + "most the server's `HEALTHSYNC_MAX_UPLOAD`. Most real exports are larger than the default.",
                minimum = "1024", maximum = "10737418240", defaultValue = "52428800") Long maxFileSize) {

    static final PresignRequest DEFAULTS = new PresignRequest(null, null, null);
}
