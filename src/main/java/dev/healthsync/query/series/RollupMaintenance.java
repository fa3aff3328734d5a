package dev.healthsync.query.series;

import dev.healthsync.storage.RollupStore;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

/**
 * Keeps the rollups of quantity types current: recomputes the spans writes marked stale, from the samples, with
 * the user's ranking and zone of the moment. A read calls {@link #refresh} for its type first, so it never sees a
 * stale total; {@link RollupRefresher} does the same in the background so reads rarely have to. Category types
 * are always answered from their samples (they are few), so their stale spans are simply dropped.
 * <p>
 * A span is recomputed in windows of at most {@link #WINDOW_DAYS} days, each read with a margin of a day on both
 * sides (a local day reaches at most 14 hours past its UTC day) and a lookback of the type's longest sample.
 * Recomputations of one type are serialized: on one node by a lock here, across nodes by the store.
 */
@Component
public class RollupMaintenance {

    static final int WINDOW_DAYS = 30;
    private static final long DAY_MS = RollupRows.DAY_MS;

    private final RollupStore store;
    private final PieceSource pieces;
    private final SourcePriorities priorities;
    private final UserZone zones;
    private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    RollupMaintenance(RollupStore store, PieceSource pieces, SourcePriorities priorities, UserZone zones) {
        this.store = store;
        this.pieces = pieces;
        this.priorities = priorities;
        this.zones = zones;
    }

    /** Brings one user's type up to date; returns whether anything was stale. */
    public boolean refresh(long userId, long typeId) {
        ReentrantLock lock = locks.computeIfAbsent(userId + ":" + typeId, k -> new ReentrantLock());
        lock.lock();
        try {
            boolean[] stale = {false};
            store.exclusive(userId, typeId, () -> stale[0] = recompute(userId, typeId));
            return stale[0];
        } finally {
            lock.unlock();
        }
    }

    /** Recomputes every stale span there is ({@code healthsync rollups rebuild}); returns how many types were. */
    public int refreshAll() {
        return refreshStale(false);
    }

    /** Recomputes the stale spans of users with no import running. */
    int refreshIdle() {
        return refreshStale(true);
    }

    private int refreshStale(boolean skipImporting) {
        int refreshed = 0;
        List<long[]> stale;
        while (!(stale = store.staleTypes(100, skipImporting)).isEmpty()) {
            for (long[] type : stale) {
                refresh(type[0], type[1]);
                refreshed++;
            }
        }
        return refreshed;
    }

    private boolean recompute(long userId, long typeId) {
        List<RollupStore.Dirty> dirty = store.dirty(userId, typeId);
        if (dirty.isEmpty()) {
            return false;
        }
        String type = store.typeIdentifier(typeId);
        SeriesRequest.TypeShape shape = SeriesRequest.TypeShape.of(type);
        if (shape == SeriesRequest.TypeShape.CATEGORY) {
            store.replace(userId, typeId, 0, 0, 0, 0, List.of(), List.of(), dirty);
            return true;
        }
        long lookback = Math.max(store.maxDuration(userId, typeId),
                dirty.stream().mapToLong(RollupStore.Dirty::maxDurationMs).max().orElse(0));
        boolean cumulative = shape == SeriesRequest.TypeShape.CUMULATIVE;
        SourcePriority priority = priorities.of(userId);
        ZoneId zone = zones.of(userId).orElse(null);
        List<long[]> windows = windows(dirty);
        for (int w = 0; w < windows.size(); w++) {
            long[] window = windows.get(w);
            boolean last = w == windows.size() - 1;
            recomputeWindow(userId, typeId, type, window[0], window[1], lookback, cumulative, priority, zone,
                    last ? dirty : List.of());
        }
        return true;
    }

    private void recomputeWindow(long userId, long typeId, String type, long fromMs, long toMs, long lookback,
                                 boolean cumulative, SourcePriority priority, ZoneId zone,
                                 List<RollupStore.Dirty> consumed) {
        long readFrom = fromMs - DAY_MS;
        long readTo = toMs + DAY_MS;
        List<Piece> loaded = pieces.load(new RankedSamples.Scope(userId, typeId, type, readFrom, readTo, lookback,
                null, null), null, priority, zone);
        long[] slots = RollupRows.slotEdges(readFrom, readTo);
        RollupRows rows = new RollupRows();
        rows.add(Fragments.of(loaded, slots, cumulative), slots, fromMs, toMs, fromMs / DAY_MS, toMs / DAY_MS);
        store.replace(userId, typeId, fromMs, toMs, fromMs / DAY_MS, toMs / DAY_MS, rows.hours(), rows.days(),
                consumed);
    }

    /**
     * The UTC-day-aligned windows to recompute: each stale span widened by a day on both sides (the local days it
     * touches), overlapping ones joined, then cut into pieces of at most {@link #WINDOW_DAYS} days.
     */
    static List<long[]> windows(List<RollupStore.Dirty> dirty) {
        List<long[]> spans = new ArrayList<>();
        for (RollupStore.Dirty span : dirty) {
            spans.add(new long[] {(Math.floorDiv(span.fromMs(), DAY_MS) - 1) * DAY_MS,
                    (Math.floorDiv(span.toMs(), DAY_MS) + 2) * DAY_MS});
        }
        spans.sort(Comparator.comparingLong(span -> span[0]));
        List<long[]> joined = new ArrayList<>();
        for (long[] span : spans) {
            long[] previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (previous != null && span[0] <= previous[1]) {
                previous[1] = Math.max(previous[1], span[1]);
            } else {
                joined.add(span.clone());
            }
        }
        List<long[]> windows = new ArrayList<>();
        for (long[] span : joined) {
            for (long from = span[0]; from < span[1]; from += WINDOW_DAYS * DAY_MS) {
                windows.add(new long[] {from, Math.min(span[1], from + WINDOW_DAYS * DAY_MS)});
            }
        }
        return windows;
    }
}
