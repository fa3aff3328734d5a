package dev.healthsync.cli.push;

import dev.healthsync.system.ProblemException;

/**
 * The push stopped: the server refused a batch for a reason a retry cannot fix, it stayed unavailable through
 * every retry, or the export could not be read. The outbox is kept, so running the command again resumes.
 * The message names the batch and the server's problem detail, never a health value or the key.
 */
public final class PushFailedException extends ProblemException {

    PushFailedException(int status, String message) {
        super(status, "push-failed", message);
    }
}
