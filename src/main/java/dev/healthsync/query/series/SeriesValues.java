package dev.healthsync.query.series;

import dev.healthsync.health.Decimals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a bucket's per-source totals into the value the request asked for. Plain and stateless. */
final class SeriesValues {

    private SeriesValues() {
    }

    /** The bucket's value; null when nothing fell in it. */
    static Double value(BucketTotals totals, SeriesRequest request) {
        if (totals.isEmpty()) {
            return null;
        }
        double merged = 0;
        double raw = 0;
        long n = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (SourceSum sum : totals.bySource.values()) {
            merged += sum.merged;
            raw += sum.raw;
            n += sum.n;
            min = Math.min(min, sum.min);
            max = Math.max(max, sum.max);
        }
        return Decimals.clean(switch (request.agg()) {
            case SUM -> request.mergeNone() || request.source() != null ? raw : merged;
            case COUNT -> n;
            case AVG -> n == 0 ? Double.NaN : raw / n;
            case MIN -> min;
            case MAX -> max;
        });
    }

    /** Each source's own value (merge=none). */
    static List<SeriesView.SourceValue> perSource(BucketTotals totals, SeriesRequest request) {
        List<SeriesView.SourceValue> values = new ArrayList<>();
        for (Map.Entry<String, SourceSum> entry : totals.bySource.entrySet()) {
            BucketTotals one = new BucketTotals();
            SourceSum sum = entry.getValue();
            one.add(entry.getKey(), sum.raw, sum.raw, sum.n, sum.min, sum.max);
            Double value = value(one, request);
            if (value != null && !value.isNaN() && !value.isInfinite()) {
                values.add(new SeriesView.SourceValue(entry.getKey(), value));
            }
        }
        return values;
    }

    /** What each source added after the merge (explain=true); they add up to the merged total. */
    static List<SeriesView.SourceValue> contributions(BucketTotals totals) {
        List<SeriesView.SourceValue> values = new ArrayList<>();
        for (Map.Entry<String, SourceSum> entry : totals.bySource.entrySet()) {
            values.add(new SeriesView.SourceValue(entry.getKey(), Decimals.clean(entry.getValue().merged)));
        }
        return values;
    }
}
