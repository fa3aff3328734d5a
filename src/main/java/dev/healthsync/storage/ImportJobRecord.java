package dev.healthsync.storage;

/**
 * A stored import job. {@code countsJson} holds per-kind inserted/duplicate/skipped counts as committed so far,
 * {@code recordsDone} how many records of the export those counts cover (the resume point).
 */
public record ImportJobRecord(String id, long userId, String status, String fileKey, String fileName,
                              Long bytesTotal, long bytesRead, long recordsDone, String countsJson,
                              String warningsJson, String error, String claimedBy, Long heartbeatAt, long createdAt,
                              Long startedAt, Long finishedAt) {
}
