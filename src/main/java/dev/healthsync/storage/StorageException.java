package dev.healthsync.storage;

/** A database operation failed for a reason the caller cannot fix by changing its input. */
public class StorageException extends RuntimeException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
