package dev.healthsync.imports.reader;

/**
 * The file is not an Apple Health export this reader can read: not a zip, XML or gzip, no export XML inside the
 * zip, a root element other than {@code HealthData}, XML that is not well-formed, or an I/O failure. Records read
 * before the failure were already handed to the sink. The message names the file part and position, never a value.
 */
public class UnreadableExportException extends RuntimeException {

    public UnreadableExportException(String message) {
        super(message);
    }

    public UnreadableExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
