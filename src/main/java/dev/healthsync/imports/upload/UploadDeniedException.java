package dev.healthsync.imports.upload;

import dev.healthsync.system.ProblemException;

/** 403: a signed upload whose policy is missing, forged, altered or expired; nothing of the file is read. */
final class UploadDeniedException extends ProblemException {

    private UploadDeniedException(String type, String message) {
        super(403, type, message);
    }

    static UploadDeniedException unsigned() {
        return new UploadDeniedException("upload-policy-invalid",
                "the form must carry the policy and signature fields from the presign response before the file");
    }

    static UploadDeniedException badSignature() {
        return new UploadDeniedException("upload-policy-invalid",
                "the policy signature does not match: send the form fields exactly as the presign response gave them");
    }

    static UploadDeniedException malformed() {
        return new UploadDeniedException("upload-policy-invalid", "the policy is not one this server issued");
    }

    static UploadDeniedException fieldMismatch(String field) {
        return new UploadDeniedException("upload-policy-invalid",
                "the form field '" + field + "' differs from the signed policy");
    }

    /** A policy names one key; a second upload under it would replace the first, whose import may be queued. */
    static UploadDeniedException used() {
        return new UploadDeniedException("upload-policy-used",
                "this upload policy was used already: request a new one from the presign endpoint");
    }

    static UploadDeniedException expired() {
        return new UploadDeniedException("upload-policy-expired",
                "the upload policy has expired: request a new one from the presign endpoint");
    }
}
