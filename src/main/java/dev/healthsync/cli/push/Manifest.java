package dev.healthsync.cli.push;

import java.util.List;
import java.util.Map;

/**
 * What the outbox holds: written once, when every batch of an export has been generated, so that its presence
 * means phase 1 is complete. A later run reuses the outbox only for the same export file (size and modification
 * time), format, batch size and destination; anything else starts over. The destination matters because a
 * batch leaves the outbox once one server accepted it: pushing the same export to another server or as another
 * user must send everything again.
 *
 * @param records     records of each batch, by batch number - 1 (samples, workouts, documents)
 * @param routePoints route points of each batch, likewise
 * @param skipped     records the format cannot carry, by reason
 * @param destination the endpoint and a fingerprint of the key ({@link Destination}), never the key itself
 * @param unreadable  records the export reader could not read (bad dates), as an import would skip them
 */
record Manifest(int version, long exportSize, long exportModified, String exportSha256, String format,
                int batchSize, String destination, List<Integer> records, List<Long> routePoints,
                Map<String, Long> skipped, long unreadable) {

    static final int VERSION = 1;

    boolean describes(ExportFile export, PushFormat pushFormat, int size, String pushDestination) {
        return version == VERSION && exportSize == export.size() && exportModified == export.modifiedMillis()
                && pushFormat.cliName().equals(format) && batchSize == size && pushDestination.equals(destination);
    }

    int batches() {
        return records.size();
    }

    long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }
}
