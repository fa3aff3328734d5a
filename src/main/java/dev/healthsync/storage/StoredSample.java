package dev.healthsync.storage;

import dev.healthsync.health.DeviceInfo;
import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;

/**
 * A sample as read back, with its row id and its identity key (its position in the read order: start second, then
 * identity).
 */
public record StoredSample(long id, byte[] identityKey, String uuid, String type, Double value, String unit, String textValue,
                           Double originalValue, String originalUnit, Moment start, Moment end, SourceInfo source,
                           DeviceInfo device, String metadataJson, Moment created) {
}
