package dev.healthsync.imports.upload;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Export uploads.
 *
 * @param maxUpload largest file accepted by the direct upload ({@code HEALTHSYNC_MAX_UPLOAD}, default 10GB; larger
 *                  files get 413) and largest {@code max_file_size} a presigned upload may ask for
 */
@ConfigurationProperties("healthsync.imports")
public record UploadProperties(DataSize maxUpload) {

    public UploadProperties {
        maxUpload = maxUpload == null ? DataSize.ofGigabytes(10) : maxUpload;
    }
}
