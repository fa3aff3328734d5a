package dev.healthsync.system;

/** The caller is authenticated but may not act on this resource. */
public class ForbiddenException extends ProblemException {

    public ForbiddenException(String message) {
        super(403, "forbidden", message);
    }
}
