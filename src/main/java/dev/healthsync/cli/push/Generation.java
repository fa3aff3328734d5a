package dev.healthsync.cli.push;

import dev.healthsync.imports.reader.ExportReader;
import dev.healthsync.imports.reader.ReadListener;
import dev.healthsync.imports.reader.UnreadableExportException;
import java.io.PrintStream;
import java.time.Clock;
import me.tongfei.progressbar.ProgressBar;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Phase 1 of a push: reads the export once and writes it into the outbox as encoded, compressed batches, then the
 * manifest that marks the outbox complete. Starts from an empty outbox: a run killed in this phase had sent
 * nothing yet, so its partial batches are simply written again.
 */
final class Generation {

    private static final JsonFactory JSON = new JsonFactory();

    private final PrintStream err;
    private final String clientVersion;
    private final Clock clock;

    Generation(PrintStream err, String clientVersion, Clock clock) {
        this.err = err;
        this.clientVersion = clientVersion;
        this.clock = clock;
    }

    Manifest run(ExportFile export, PushFormat format, int batchSize, String destination, Outbox outbox) {
        outbox.clear();
        String sha256 = export.sha256();
        BatchEncoder encoder = format.encoder("healthsync-push-" + sha256.substring(0, 16), clientVersion, clock);
        BatchIds ids = new BatchIds(sha256, format, batchSize, clientVersion);
        try (ProgressBar bar = Progress.reading(err)) {
            Batcher batcher = new Batcher(encoder, batchSize, ids, batch -> {
                outbox.writeBatch(batch.number(), body -> {
                    try (JsonGenerator out = JSON.createGenerator(ObjectWriteContext.empty(), body)) {
                        encoder.write(batch, out);
                    }
                });
                bar.setExtraMessage(" " + batch.number() + " batches");
            });
            new ExportReader().read(export.path(), batcher, new ReadListener() {
                @Override
                public void progress(long bytesRead, long bytesTotal) {
                    if (bar.getMax() != bytesTotal) {
                        bar.maxHint(bytesTotal);
                    }
                    bar.stepTo(bytesRead);
                }

                @Override
                public void warning(String message) {
                    err.println("warning: " + message);
                }
            });
            batcher.finish();
            Manifest manifest = batcher.manifest(export, sha256, format, destination);
            outbox.writeManifest(manifest);
            return manifest;
        } catch (UnreadableExportException e) {
            throw new PushFailedException(400, e.getMessage());
        }
    }
}
