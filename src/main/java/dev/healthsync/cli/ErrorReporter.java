package dev.healthsync.cli;

import dev.healthsync.system.ProblemException;
import picocli.CommandLine;

/** Prints a command's failure as one line, the way the API would word it, without a stack trace. */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine,
                                        CommandLine.ParseResult parseResult) {
        Throwable cause = exception;
        while (cause.getCause() != null && !(cause instanceof ProblemException)) {
            cause = cause.getCause();
        }
        String message = cause instanceof ProblemException ? cause.getMessage()
                : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + message);
        return 1;
    }
}
