package dev.healthsync.query.series;

import dev.healthsync.storage.RollupStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums 15-minute fragments into the rows the rollup tables keep: UTC hours, and the local days they were lived on.
 * Every offset in use today is a multiple of 15 minutes, so a slot lies within one local day.
 */
final class RollupRows {

    static final long SLOT_MS = 15 * 60_000L;
    static final long HOUR_MS = 3_600_000L;
    static final long DAY_MS = 86_400_000L;

    private final Map<String, Sum> hours = new TreeMap<>();
    private final Map<String, Sum> days = new TreeMap<>();

    /** Adds the fragments of slots starting at {@code slotStarts}, keeping hours and days in the given ranges. */
    void add(List<Fragment> fragments, long[] slotStarts, long fromHourMs, long toHourMs, long fromDay, long toDay) {
        for (Fragment fragment : fragments) {
            long slot = slotStarts[fragment.interval()];
            if (slot >= fromHourMs && slot < toHourMs) {
                sum(hours, Math.floorDiv(slot, HOUR_MS) * HOUR_MS, fragment);
            }
            long day = Math.floorDiv(slot + fragment.offsetSeconds() * 1000L, DAY_MS);
            if (day >= fromDay && day < toDay) {
                sum(days, day, fragment);
            }
        }
    }

    List<RollupStore.Row> hours() {
        return rows(hours);
    }

    List<RollupStore.Row> days() {
        return rows(days);
    }

    private static void sum(Map<String, Sum> into, long key, Fragment fragment) {
        into.computeIfAbsent(String.format("%020d", key + Long.MAX_VALUE / 2) + fragment.source(),
                k -> new Sum(key, fragment.source())).add(fragment);
    }

    private static List<RollupStore.Row> rows(Map<String, Sum> sums) {
        List<RollupStore.Row> rows = new ArrayList<>(sums.size());
        for (Sum sum : sums.values()) {
            rows.add(new RollupStore.Row(sum.key, sum.source, sum.merged, sum.raw, sum.n,
                    sum.n == 0 ? null : sum.min, sum.n == 0 ? null : sum.max));
        }
        return rows;
    }

    private static final class Sum {
        final long key;
        final String source;
        double merged;
        double raw;
        long n;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;

        Sum(long key, String source) {
            this.key = key;
            this.source = source;
        }

        void add(Fragment fragment) {
            merged += fragment.merged();
            raw += fragment.raw();
            n += fragment.n();
            min = Math.min(min, fragment.min());
            max = Math.max(max, fragment.max());
        }
    }
}
