package dev.healthsync.query.series;

import dev.healthsync.storage.AggregateQueries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns an app's hour and day buckets into one value per lived day, for days that have no raw samples. Per source
 * key, a day bucket is the day's value, else its hours add up (cumulative types) or average (discrete ones, with
 * the hours' least and greatest values). An app sends one source key per combination of sources it merged, and
 * each already holds that day's merged total, so one key speaks for the day: for cumulative types the largest, as
 * the Health app's merge never counts less than its biggest source; for discrete types the one covering the most
 * of the day (a day bucket, else the most hours). Fed in day order; not thread-safe.
 */
final class AggregateDays implements Consumer<AggregateQueries.Bucket> {

    /** One lived day's value from buckets, under the source name it is shown as. */
    record Day(long day, String source, double value, Double min, Double max) {
    }

    private final boolean cumulative;
    private final Consumer<Day> sink;
    private final Map<String, KeyDay> keys = new LinkedHashMap<>();
    private long day = Long.MIN_VALUE;

    AggregateDays(boolean cumulative, Consumer<Day> sink) {
        this.cumulative = cumulative;
        this.sink = sink;
    }

    @Override
    public void accept(AggregateQueries.Bucket bucket) {
        if (bucket.day() != day) {
            finish();
            day = bucket.day();
        }
        keys.computeIfAbsent(bucket.sourceKey(), key -> new KeyDay(bucket.source())).add(bucket);
    }

    /** Emits the last day; call once after the last bucket. */
    void finish() {
        KeyDay best = null;
        for (KeyDay key : keys.values()) {
            if (best == null || key.outranks(best, cumulative)) {
                best = key;
            }
        }
        if (best != null) {
            sink.accept(best.toDay(day, cumulative));
        }
        keys.clear();
    }

    /** One source key's buckets on one day. */
    private static final class KeyDay {

        private final String source;
        private AggregateQueries.Bucket wholeDay;
        private final List<AggregateQueries.Bucket> hours = new ArrayList<>();

        KeyDay(String source) {
            this.source = source;
        }

        void add(AggregateQueries.Bucket bucket) {
            if (bucket.wholeDay()) {
                wholeDay = bucket;
            } else {
                hours.add(bucket);
            }
        }

        boolean outranks(KeyDay other, boolean cumulative) {
            if (cumulative) {
                return value(true) > other.value(true);
            }
            return coverage() > other.coverage();
        }

        /** A day bucket covers all 24 hours. */
        private int coverage() {
            return wholeDay != null ? 24 : hours.size();
        }

        double value(boolean cumulative) {
            if (wholeDay != null) {
                return wholeDay.qty();
            }
            double sum = hours.stream().mapToDouble(AggregateQueries.Bucket::qty).sum();
            return cumulative ? sum : sum / hours.size();
        }

        Day toDay(long day, boolean cumulative) {
            if (cumulative) {
                return new Day(day, source, value(true), null, null);
            }
            if (wholeDay != null) {
                return new Day(day, source, wholeDay.qty(), or(wholeDay.min(), wholeDay.qty()),
                        or(wholeDay.max(), wholeDay.qty()));
            }
            double min = hours.stream().mapToDouble(h -> or(h.min(), h.qty())).min().orElseThrow();
            double max = hours.stream().mapToDouble(h -> or(h.max(), h.qty())).max().orElseThrow();
            return new Day(day, source, value(false), min, max);
        }

        private static double or(Double value, double fallback) {
            return value == null ? fallback : value;
        }
    }
}
