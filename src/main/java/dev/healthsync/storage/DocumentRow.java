package dev.healthsync.storage;

import dev.healthsync.health.DocumentKind;
import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;

/** A record kept whole as JSON, with its identity key; {@code start} may be null for timeless records. */
public record DocumentRow(DocumentKind kind, byte[] identityKey, String uuid, Moment start, Moment end,
                          SourceInfo source, String payloadJson) {
}
