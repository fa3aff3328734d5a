package dev.healthsync.ingest.decoder;

import dev.healthsync.system.ProblemException;

/** A body that is not JSON, or not of the contract's shape at the top: nothing of it is stored. */
public class MalformedBodyException extends ProblemException {

    private final String path;

    public MalformedBodyException(String path, String reason) {
        super(400, "malformed-body", path == null || path.isEmpty() ? reason : path + ": " + reason);
        this.path = path;
    }

    /** JSON path of the place the body stopped making sense, or empty for the whole body. */
    public String path() {
        return path;
    }
}
