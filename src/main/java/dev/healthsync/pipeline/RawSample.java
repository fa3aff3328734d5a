package dev.healthsync.pipeline;

import dev.healthsync.health.DeviceInfo;
import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;

/**
 * A quantity or category sample as a decoder read it, before units are normalized and identity is assigned.
 *
 * @param path         JSON path of the record in its request, used to name it in rejects
 * @param uuid         HealthKit UUID when the channel carries one, else null
 * @param value        numeric value; for category samples the integer code when one was sent
 * @param textValue    a category value sent as a name ({@code HKCategoryValueSleepAnalysisAsleepCore}), or a
 *                     quantity value that was not a number (the normalizer rejects it)
 * @param unit         unit as written by the sender, may be null
 * @param metadataJson metadata object serialized as JSON, or null
 */
public record RawSample(String path, String uuid, String type, Double value, String textValue, String unit,
                        Moment start, Moment end, SourceInfo source, DeviceInfo device, String metadataJson) {
}
