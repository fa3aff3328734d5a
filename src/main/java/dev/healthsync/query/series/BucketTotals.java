package dev.healthsync.query.series;

import java.util.Map;
import java.util.TreeMap;

/** What each source put into one bucket. */
final class BucketTotals {

    final Map<String, SourceSum> bySource = new TreeMap<>();

    void add(String source, double merged, double raw, long n, Double min, Double max) {
        bySource.computeIfAbsent(source, s -> new SourceSum()).add(merged, raw, n, min, max);
    }

    boolean isEmpty() {
        return bySource.isEmpty();
    }
}
