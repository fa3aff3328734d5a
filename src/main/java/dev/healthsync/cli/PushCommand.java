package dev.healthsync.cli;

import dev.healthsync.cli.push.Push;
import dev.healthsync.cli.push.PushFormat;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Send an Apple Health export to a HealthSync server through a push contract, exactly as the"
                + " matching iPhone app would.",
                "Batches are written to a local outbox first and deleted only once the server accepted them:"
                        + " after an interruption, run the same command again to resume."})
final class PushCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "export.zip, export.xml or export.xml.gz.")
    Path file;

    @Option(names = "--url", required = true, paramLabel = "URL",
            description = "The server's base URL, e.g. http://localhost:8080.")
    URI url;

    @Option(names = "--key", required = true, paramLabel = "KEY", description = "An API key of the user to push as.")
    String key;

    @Option(names = "--format", defaultValue = "healthsync", paramLabel = "FORMAT",
            description = "healthsync, export-pro or auto-export (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--batch-size", defaultValue = "5000", paramLabel = "N",
            description = "Records per request; a workout counts one plus its route points"
                    + " (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--outbox", paramLabel = "DIR",
            description = "Folder of the pending batches (default: the folder .healthsync-outbox next to FILE).")
    Path outbox;

    @Option(names = "--header", defaultValue = "Authorization", paramLabel = "NAME",
            description = "Header carrying the key; Authorization sends 'Bearer KEY' (default: ${DEFAULT-VALUE}).")
    String header;

    @Override
    public Integer call() throws InterruptedException {
        Push.Options options;
        try {
            options = new Push.Options(file, url, key, PushFormat.of(format), batchSize,
                    outbox != null ? outbox : Push.Options.defaultOutbox(file), header);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        new Push(System.out, System.err).run(options);
        return 0;
    }
}
