package dev.healthsync.system;

/** The named thing does not exist for this caller (also used where revealing its existence would leak). */
public class NotFoundException extends ProblemException {

    public NotFoundException(String message) {
        super(404, "not-found", message);
    }
}
