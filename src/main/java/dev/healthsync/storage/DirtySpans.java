package dev.healthsync.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The time spans a batch touched, per type, so the rollups over them are recomputed (see the rollup tables in the
 * V9 migration). Noted in the batch's own transaction: a batch that commits has its spans marked, one that rolls
 * back has not. A span is coarse (earliest start to latest end of the type in the batch); recomputing a little more
 * than changed costs little, missing a change would cost a wrong total. Not thread-safe.
 */
final class DirtySpans {

    private static final String INSERT =
            "INSERT INTO rollup_dirty (user_id, type_id, from_ms, to_ms, max_duration_ms) VALUES (?, ?, ?, ?, ?)";

    /** Per type id: earliest start, latest end, longest duration, in epoch milliseconds. */
    private final Map<Long, long[]> byType = new HashMap<>();

    void add(long typeId, long startMs, long endMs) {
        long[] span = byType.get(typeId);
        if (span == null) {
            byType.put(typeId, new long[] {startMs, endMs, endMs - startMs});
        } else {
            span[0] = Math.min(span[0], startMs);
            span[1] = Math.max(span[1], endMs);
            span[2] = Math.max(span[2], endMs - startMs);
        }
    }

    /** Writes the spans noted so far and forgets them. */
    void write(Connection connection, long userId) throws SQLException {
        if (byType.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            for (Map.Entry<Long, long[]> entry : byType.entrySet()) {
                long[] span = entry.getValue();
                statement.setLong(1, userId);
                statement.setLong(2, entry.getKey());
                statement.setLong(3, span[0]);
                statement.setLong(4, span[1]);
                statement.setLong(5, span[2]);
                statement.addBatch();
            }
            statement.executeBatch();
        }
        byType.clear();
    }
}
