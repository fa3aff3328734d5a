package dev.healthsync.cli;

import dev.healthsync.storage.StorageException;
import dev.healthsync.system.ProblemException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * Prints a command's failure as one sentence on stderr, the way the API would word it, without a stack trace or
 * an exception's class name: {@code healthsync import: no such file: nosuch.zip}.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine,
                                        CommandLine.ParseResult parseResult) {
        commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + sentence(exception));
        commandLine.getErr().flush();
        return 1;
    }

    /**
     * What went wrong, for a person: a problem's own message (worded for clients already), a file that is missing
     * or unreadable, else the innermost cause's message (the one that names what failed), after what the storage
     * layer was doing when it failed.
     */
    static String sentence(Throwable failure) {
        String doing = null;
        Throwable innermost = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException) {
                return cause.getMessage();
            }
            if (cause instanceof NoSuchFileException file) {
                return "no such file: " + file.getFile();
            }
            if (cause instanceof AccessDeniedException file) {
                return "cannot open " + file.getFile() + ": permission denied";
            }
            if (cause instanceof StorageException && doing == null) {
                doing = cause.getMessage();
            }
            innermost = cause;
        }
        String message = innermost.getMessage();
        String reason = message == null || message.isBlank() ? unexpected(innermost)
                : message.strip().lines().findFirst().orElse(message);
        return doing == null || doing.equals(reason) ? reason : doing + ": " + reason;
    }

    /** A failure without a message is a bug: say where, so that a report can point at it. */
    private static String unexpected(Throwable failure) {
        StackTraceElement[] frames = failure.getStackTrace();
        String where = frames.length == 0 ? "" : " at " + frames[0].getFileName() + ":" + frames[0].getLineNumber();
        return "the command stopped on an internal error (" + failure.getClass().getSimpleName() + where
                + "); please report it";
    }
}
