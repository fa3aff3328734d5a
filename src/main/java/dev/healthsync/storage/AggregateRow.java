package dev.healthsync.storage;

import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;

/** A bucketed summary ready to store, values in the type's canonical unit; see {@code RawAggregate}. */
public record AggregateRow(String type, String bucket, Moment start, Moment end, String unit, Double qty,
                           Double min, Double avg, Double max, String extraJson, SourceInfo source) {
}
