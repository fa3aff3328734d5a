package dev.healthsync.pipeline;

import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;

/**
 * A summary of one type over a time bucket (an hour, a day), as apps like Health Auto Export send when their
 * aggregation is on. It is not a sample: a bucket sent again replaces the earlier value, and daily totals never
 * add it on top of the raw samples of the same type and day.
 *
 * @param bucket    {@code hour} or {@code day}
 * @param qty       the bucket's value (a sum for cumulative types, an average for discrete ones), or null
 * @param extraJson other named values of the bucket as a JSON object (e.g. sleep stages in hours), or null
 */
public record RawAggregate(String path, String type, Moment start, Moment end, String bucket, String unit,
                           Double qty, Double min, Double avg, Double max, String extraJson, SourceInfo source) {
}
