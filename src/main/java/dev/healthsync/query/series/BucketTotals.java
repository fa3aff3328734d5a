package dev.healthsync.query.series;

import java.util.Map;
import java.util.TreeMap;

/** What each source put into one bucket: merged and raw sums, sample count, least and greatest value. */
final class BucketTotals {

    final Map<String, Sum> bySource = new TreeMap<>();

    void add(String source, double merged, double raw, long n, Double min, Double max) {
        Sum sum = bySource.computeIfAbsent(source, s -> new Sum());
        sum.merged += merged;
        sum.raw += raw;
        sum.n += n;
        if (min != null && !min.isInfinite()) {
            sum.min = Math.min(sum.min, min);
        }
        if (max != null && !max.isInfinite()) {
            sum.max = Math.max(sum.max, max);
        }
    }

    boolean isEmpty() {
        return bySource.isEmpty();
    }

    static final class Sum {
        double merged;
        double raw;
        long n;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
    }
}
