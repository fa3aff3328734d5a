package dev.healthsync.imports.upload;

import dev.healthsync.system.ProblemException;

/**
 * The uploaded file is outside the allowed size: over a presigned policy's range (400, like S3's
 * {@code EntityTooLarge}), over the server's direct upload limit (413), or empty (400). Nothing is kept.
 */
final class UploadSizeException extends ProblemException {

    private UploadSizeException(int status, String type, String message) {
        super(status, type, message);
    }

    static UploadSizeException overPolicy(long maxBytes) {
        return new UploadSizeException(400, "entity-too-large",
                "the file exceeds the max_file_size of " + maxBytes + " bytes its upload policy allows");
    }

    static UploadSizeException overLimit(long maxBytes) {
        return new UploadSizeException(413, "payload-too-large", "the file exceeds the upload limit of " + maxBytes
                + " bytes (HEALTHSYNC_MAX_UPLOAD); the server's operator can raise it");
    }

    static UploadSizeException empty() {
        return new UploadSizeException(400, "entity-too-small", "the file is empty");
    }
}
