package dev.healthsync.cli.push;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Replays an Apple Health export through one push contract, in two phases over a local outbox: generate every
 * batch (once per export, format and batch size), then send what is pending. Killing the process at any moment
 * and running it again ends with every record stored once: batches appear in the outbox whole, leave it only
 * after the server accepted them, and whatever is sent twice the server recognizes.
 */
public final class Push {

    /**
     * One push.
     *
     * @param export    export.zip, export.xml or export.xml.gz
     * @param server    the server's base URL; the format's path is appended
     * @param key       API key, sent in {@code header} (as {@code Bearer <key>} when that is Authorization)
     * @param batchSize records per batch; a workout counts one plus its route points
     * @param outbox    folder of the pending batches
     */
    public record Options(Path export, URI server, String key, PushFormat format, int batchSize, Path outbox,
                          String header) {

        public Options {
            Objects.requireNonNull(export, "export");
            Objects.requireNonNull(server, "server");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(outbox, "outbox");
            Objects.requireNonNull(header, "header");
            if (batchSize < 1) {
                throw new IllegalArgumentException("--batch-size must be at least 1");
            }
        }

        /** {@code .healthsync-outbox} beside the export, the command's default. */
        public static Path defaultOutbox(Path export) {
            Path folder = export.toAbsolutePath().getParent();
            return (folder == null ? Path.of(".") : folder).resolve(".healthsync-outbox");
        }
    }

    private final PrintStream out;
    private final PrintStream err;
    private final Retries retries;

    public Push(PrintStream out, PrintStream err) {
        this(out, err, Retries.DEFAULT);
    }

    Push(PrintStream out, PrintStream err, Retries retries) {
        this.out = out;
        this.err = err;
        this.retries = retries;
    }

    /**
     * Runs both phases and prints the summary on {@code out}.
     *
     * @throws PushFailedException when the export cannot be read, or the server refused a batch or stayed away
     */
    public void run(Options options) throws InterruptedException {
        ExportFile export = ExportFile.of(options.export());
        URI endpoint = Sender.endpoint(options.server(), options.format());
        try (Outbox outbox = Outbox.open(options.outbox())) {
            Manifest manifest = prepared(outbox, export, options, Destination.of(endpoint, options.key()));
            Sender sender = new Sender(endpoint, options.header(), options.key(), retries, err);
            Totals totals = new Delivery(sender, options.format(), err).run(outbox, manifest);
            totals.print(out, options.format(), manifest);
        }
    }

    /** The outbox's manifest, generating the batches first unless this export's are already there. */
    private Manifest prepared(Outbox outbox, ExportFile export, Options options, String destination) {
        Optional<Manifest> existing = outbox.manifest();
        if (existing.isPresent()
                && existing.get().describes(export, options.format(), options.batchSize(), destination)) {
            Manifest manifest = existing.get();
            err.printf("outbox %s: %d of %d batches still to send%n", outbox.dir(), outbox.pending().size(),
                    manifest.batches());
            return manifest;
        }
        if (existing.isPresent() && !outbox.pending().isEmpty()) {
            err.printf("outbox %s: dropping %d unsent batches of another export, format, batch size or server%n",
                    outbox.dir(), outbox.pending().size());
        }
        return new Generation(err, version(), Clock.systemUTC()).run(export, options.format(), options.batchSize(),
                destination, outbox);
    }

    private static String version() {
        String version = Push.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
