package dev.healthsync.cli.push;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Batch ids for the HealthSync format, which the server uses to answer a batch it has already applied from its
 * stored receipt. An id must therefore name one batch content: it is derived from the export's SHA-256, the format,
 * the batch size, the batch's number and the client's version (a newer reader may cut batches differently), so
 * the same export cut the same way gets the same ids again, even after the outbox was deleted.
 */
final class BatchIds {

    private final String prefix;

    BatchIds(String exportSha256, PushFormat format, int batchSize, String clientVersion) {
        this.prefix = "healthsync-push|" + exportSha256 + '|' + format.cliName() + '|' + batchSize + '|'
                + clientVersion + '|';
    }

    String of(int batchNumber) {
        return UUID.nameUUIDFromBytes((prefix + batchNumber).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
