package dev.healthsync.imports.upload;

import dev.healthsync.system.ProblemException;

/** 400 (or 415 when the body is not multipart at all): the request carries no {@code file} part. */
final class MissingFileException extends ProblemException {

    private MissingFileException(int status, String type, String message) {
        super(status, type, message);
    }

    static MissingFileException noFilePart() {
        return new MissingFileException(400, "missing-file",
                "the multipart body has no part named 'file'; with a presigned policy it must come after the form fields");
    }

    static MissingFileException notMultipart() {
        return new MissingFileException(415, "unsupported-media-type",
                "send multipart/form-data with the export in a part named 'file'");
    }
}
