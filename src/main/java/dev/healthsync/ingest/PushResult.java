package dev.healthsync.ingest;

import dev.healthsync.pipeline.IngestCounts;

/**
 * The answer to a push and what it stored.
 *
 * @param counts null when the batch was answered without being applied (a replayed batch)
 */
public record PushResult(String response, IngestCounts counts) {
}
