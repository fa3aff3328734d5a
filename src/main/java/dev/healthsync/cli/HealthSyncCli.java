package dev.healthsync.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code healthsync} command and its subcommands. */
@Command(name = "healthsync", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Self-hosted, private backend for Apple Health data.",
        footer = {"", "Start with: java -jar healthsync.jar serve   (then open http://localhost:8080/api-docs)",
            "Options of a command: java -jar healthsync.jar help COMMAND"},
        subcommands = {CommandLine.HelpCommand.class, ServeCommand.class, UserCommand.class, KeyCommand.class, ImportCommand.class,
                PushCommand.class, ReprocessCommand.class, RollupsCommand.class, BenchCommand.class})
public final class HealthSyncCli {

    private HealthSyncCli() {
    }

    /** Runs a command line and returns its exit code; {@code serve} returns only when the server stops. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new HealthSyncCli());
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        if (args.length == 0) {
            commandLine.usage(System.out);
            return 0;
        }
        return commandLine.execute(args);
    }
}
