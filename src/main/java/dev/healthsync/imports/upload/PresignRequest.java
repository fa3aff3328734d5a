package dev.healthsync.imports.upload;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of the presign call; every field optional.
 *
 * @param filename          the file's name, kept (sanitized) as the last segment of the key; at most 200 characters
 * @param expirationSeconds how long the policy stays valid, 60 to 3600 (default 300)
 * @param maxFileSize       the largest file the policy accepts, in bytes, 1 KiB to 10 GiB (default 50 MiB)
 */
record PresignRequest(String filename,
                      @JsonProperty("expiration_seconds") Long expirationSeconds,
                      @JsonProperty("max_file_size") Long maxFileSize) {

    static final PresignRequest DEFAULTS = new PresignRequest(null, null, null);
}
