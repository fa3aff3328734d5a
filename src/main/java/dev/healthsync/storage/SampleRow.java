package dev.healthsync.storage;

import dev.healthsync.health.DeviceInfo;
import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;

/**
 * A sample ready to store: value in its type's canonical unit, identity assigned.
 *
 * @param originalValue the value as sent, when a unit conversion changed it; else null
 * @param originalUnit  the unit as sent, when it differs from {@code unit}; else null
 * @param metadataJson  the metadata without the creation date, which is {@code created} (see {@code CreationDates})
 */
public record SampleRow(byte[] identityKey, String uuid, String type, Double value, String unit, String textValue,
                        Double originalValue, String originalUnit, Moment start, Moment end, SourceInfo source,
                        DeviceInfo device, String metadataJson, Moment created) {
}
