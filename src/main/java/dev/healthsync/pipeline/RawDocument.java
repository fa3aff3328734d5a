package dev.healthsync.pipeline;

import dev.healthsync.health.DocumentKind;
import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;

/**
 * A record kept whole as JSON (see {@link DocumentKind}).
 *
 * @param uuid        the sender's stable id when it has one (HealthKit UUID, an app's id), else null
 * @param start       when it happened; null for timeless records such as a medication's definition
 * @param payloadJson the record as a JSON object, written with a stable field order so that the same record
 *                    yields the same text
 */
public record RawDocument(String path, DocumentKind kind, String uuid, Moment start, Moment end, SourceInfo source,
                          String payloadJson) {
}
