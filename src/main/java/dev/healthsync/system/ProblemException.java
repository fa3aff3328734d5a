package dev.healthsync.system;

import java.util.Map;

/**
 * Base of the exceptions that reach API clients as RFC 9457 problem details. Messages are shown to the
 * client and may be logged, so they name fields and limits, never health values or secrets.
 */
public abstract class ProblemException extends RuntimeException {

    private final int status;
    private final String type;

    protected ProblemException(int status, String type, String message) {
        super(message);
        this.status = status;
        this.type = type;
    }

    /** HTTP status code; kept as a number so pure decoders need no web types. */
    public int status() {
        return status;
    }

    /** Stable slug appended to the problem type URI, e.g. {@code malformed-body}. */
    public String type() {
        return type;
    }

    /** Extra members of the problem document, e.g. the list of rejected records. */
    public Map<String, Object> properties() {
        return Map.of();
    }

    /** Response headers that belong with the problem, e.g. {@code Retry-After}. */
    public Map<String, String> headers() {
        return Map.of();
    }
}
