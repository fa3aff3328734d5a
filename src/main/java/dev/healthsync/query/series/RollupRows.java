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

    /** Per hour start (epoch ms) or day (since 1970-01-01), per source. */
    private final Map<Long, Map<String, SourceSum>> hours = new TreeMap<>();
    private final Map<Long, Map<String, SourceSum>> days = new TreeMap<>();

    /** The starts of the 15-minute slots of {@code [fromMs, toMs)} and {@code toMs}: edges for {@link Fragments}. */
    static long[] slotEdges(long fromMs, long toMs) {
        long[] edges = new long[(int) ((toMs - fromMs) / SLOT_MS) + 1];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = fromMs + i * SLOT_MS;
        }
        return edges;
    }

    /** The local day (since 1970-01-01) a fragment of the slot starting at {@code slotMs} was lived on. */
    static long livedDay(long slotMs, Fragment fragment) {
        return Math.floorDiv(slotMs + fragment.offsetSeconds() * 1000L, DAY_MS);
    }

    /** Adds the fragments of slots starting at {@code slotStarts}, keeping hours and days in the given ranges. */
    void add(List<Fragment> fragments, long[] slotStarts, long fromHourMs, long toHourMs, long fromDay, long toDay) {
        for (Fragment fragment : fragments) {
            long slot = slotStarts[fragment.interval()];
            if (slot >= fromHourMs && slot < toHourMs) {
                sum(hours, Math.floorDiv(slot, HOUR_MS) * HOUR_MS, fragment);
            }
            long day = livedDay(slot, fragment);
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

    private static void sum(Map<Long, Map<String, SourceSum>> into, long key, Fragment fragment) {
        into.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(fragment.source(), s -> new SourceSum())
                .add(fragment.merged(), fragment.raw(), fragment.n(), fragment.min(), fragment.max());
    }

    private static List<RollupStore.Row> rows(Map<Long, Map<String, SourceSum>> sums) {
        List<RollupStore.Row> rows = new ArrayList<>();
        sums.forEach((key, bySource) -> bySource.forEach((source, sum) -> rows.add(new RollupStore.Row(key, source,
                sum.merged, sum.raw, sum.n, sum.minOrNull(), sum.maxOrNull()))));
        return rows;
    }
}
