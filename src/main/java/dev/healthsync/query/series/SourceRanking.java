package dev.healthsync.query.series;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Ranks for one type under a {@link SourcePriority}; lower ranks win. Not thread-safe (it caches). */
final class SourceRanking {

    private final Map<String, Integer> listed = new HashMap<>();

    SourceRanking(SourcePriority priority, String type) {
        List<String> order = priority.orderFor(type);
        for (int i = 0; i < order.size(); i++) {
            listed.put(order.get(i), i);
        }
    }

    /** Manual entries not listed rank 0, listed sources 1…n by position, the rest after them by kind. */
    int rank(String source, SourceKind kind) {
        Integer position = source == null ? null : listed.get(source);
        if (position != null) {
            return 1 + position;
        }
        if (kind == SourceKind.MANUAL) {
            return 0;
        }
        return 1 + listed.size() + kind.ordinal();
    }
}
