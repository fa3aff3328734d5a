package dev.healthsync.system;

/** A request parameter or field the client must fix. */
public class BadRequestException extends ProblemException {

    public BadRequestException(String message) {
        super(400, "bad-request", message);
    }
}
