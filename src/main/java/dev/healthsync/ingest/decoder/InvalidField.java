package dev.healthsync.ingest.decoder;

/**
 * A value of the wrong shape at a JSON path. Inside a record it becomes a reject of that record; in the
 * envelope it becomes a {@link MalformedBodyException}. Thrown per broken record, so it carries no stack trace.
 */
public final class InvalidField extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String reason;

    public InvalidField(String path, String reason) {
        super(path + ": " + reason, null, false, false);
        this.path = path;
        this.reason = reason;
    }

    public String path() {
        return path;
    }

    /** What was expected; never the value that was found. */
    public String reason() {
        return reason;
    }
}
