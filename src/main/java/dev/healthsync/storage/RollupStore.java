package dev.healthsync.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rollup tables (V9 migration): which spans are stale, the samples to recompute them from, replacing a
 * recomputed window in one transaction, and reading hours and days back for a series. What the rows mean — the
 * merge — is decided above storage; here they are numbers per key and source.
 */
@Component
public class RollupStore {

    /** Marks each rolled-up type of the user (parameter 1) stale over the days it has, and a margin. */
    static final String MARK_STALE = """
            INSERT INTO rollup_dirty (user_id, type_id, from_ms, to_ms, max_duration_ms)
            SELECT user_id, type_id, CAST(MIN(day) - 2 AS BIGINT) * 86400000, CAST(MAX(day) + 3 AS BIGINT) * 86400000,
                   0
            FROM rollup_days WHERE user_id = ?""";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JdbcTemplate batches;
    private final SqlDialect dialect;

    RollupStore(JdbcClient jdbc, JdbcTemplate batches, PlatformTransactionManager transactionManager,
                SqlDialect dialect) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.transactions = new TransactionTemplate(transactionManager);
        this.dialect = dialect;
    }

    /** A stale span of one user's type, in epoch milliseconds. */
    public record Dirty(long id, long userId, long typeId, long fromMs, long toMs, long maxDurationMs) {
    }

    /**
     * A sample as the recomputation needs it. {@code metadata} is only read when it can change the result (it holds
     * the recording zone or marks a manual entry), else null: most samples' metadata is never needed here.
     */
    public record Input(long startMs, long endMs, int startOffsetSeconds, Double value, String textValue,
                        String source, String bundleId, String deviceName, String deviceModel, String metadata) {
    }

    /** One source's numbers in an hour (key: its start, epoch ms) or a day (key: days since 1970-01-01). */
    public record Row(long key, String source, double merged, double raw, long n, Double min, Double max) {
    }

    public Optional<Long> typeId(String identifier) {
        return jdbc.sql("SELECT id FROM health_types WHERE identifier = ?").param(identifier).query(Long.class)
                .optional();
    }

    public String typeIdentifier(long typeId) {
        return jdbc.sql("SELECT identifier FROM health_types WHERE id = ?").param(typeId).query(String.class)
                .single();
    }

    /** The start of a user's first sample of a type (epoch ms), found through the samples index. */
    public Optional<Long> firstStart(long userId, long typeId) {
        return jdbc.sql("SELECT start_ms FROM samples WHERE user_id = ? AND type_id = ? ORDER BY identity_key LIMIT 1")
                .params(userId, typeId).query(Long.class).optional();
    }

    /** Stale spans of one user's type, oldest first. */
    public List<Dirty> dirty(long userId, long typeId) {
        return jdbc.sql("""
                        SELECT id, user_id, type_id, from_ms, to_ms, max_duration_ms FROM rollup_dirty
                        WHERE user_id = ? AND type_id = ? ORDER BY id""")
                .params(userId, typeId)
                .query((rs, n) -> new Dirty(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)))
                .list();
    }

    /**
     * Users and types with stale spans, as {user id, type id} pairs, up to {@code limit}; with
     * {@code skipImporting}, none of a user with an import job running.
     */
    public List<long[]> staleTypes(int limit, boolean skipImporting) {
        return jdbc.sql("SELECT DISTINCT user_id, type_id FROM rollup_dirty"
                        + (skipImporting ? " WHERE user_id NOT IN (SELECT user_id FROM import_jobs"
                        + " WHERE status = 'running')" : "") + " ORDER BY user_id, type_id LIMIT ?")
                .param(limit)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
    }

    /** The longest sample of the type the rollups have seen, in milliseconds. */
    public long maxDuration(long userId, long typeId) {
        return jdbc.sql("SELECT max_duration_ms FROM rollup_spans WHERE user_id = ? AND type_id = ?")
                .params(userId, typeId).query(Long.class).optional().orElse(0L);
    }

    /**
     * Streams the samples of a type that overlap {@code [fromMs, toMs)}: those starting before {@code toMs} and
     * ending after {@code fromMs} (or at it, for an instant), found through the samples index by start, no earlier
     * than {@code lookbackMs} before {@code fromMs}. Optionally of one source or device name.
     */
    public void samples(long userId, long typeId, long fromMs, long toMs, long lookbackMs, String source,
                        String device, Consumer<Input> sink) {
        long earliest = fromMs - lookbackMs;
        StringBuilder sql = new StringBuilder("""
                SELECT s.start_ms, s.end_ms, s.start_offset, s.value, s.text_value, src.name, src.bundle_id,
                       d.name, d.model,
                       CASE WHEN s.metadata LIKE '%HKTimeZone%' OR s.metadata LIKE '%HKWasUserEntered%'
                            THEN s.metadata END
                FROM samples s
                LEFT JOIN sources src ON src.id = s.source_id
                LEFT JOIN devices d ON d.id = s.device_id
                WHERE s.user_id = ? AND s.type_id = ? AND s.identity_key >= ? AND s.identity_key < ?
                  AND s.start_ms >= ? AND s.start_ms < ? AND (s.end_ms > ? OR s.start_ms = ?)""");
        List<Object> params = new ArrayList<>(List.of(userId, typeId,
                SampleKeys.secondPrefix(Math.floorDiv(earliest, 1000)),
                SampleKeys.secondPrefix(Math.floorDiv(toMs, 1000) + 1), earliest, toMs, fromMs, fromMs));
        if (source != null) {
            sql.append(" AND src.name = ?");
            params.add(source);
        }
        if (device != null) {
            sql.append(" AND d.name = ?");
            params.add(device);
        }
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            sink.accept(new Input(rs.getLong(1), rs.getLong(2), rs.getInt(3), Rows.nullableDouble(rs, 4),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                    rs.getString(10)));
        });
    }

    /**
     * Replaces the hours in {@code [fromHourMs, toHourMs)} and the days in {@code [fromDay, toDay)} of one user's
     * type with the given rows and forgets the consumed stale spans, all in one transaction (joining the one of
     * {@link #exclusive}, where there is one).
     */
    public void replace(long userId, long typeId, long fromHourMs, long toHourMs, long fromDay, long toDay,
                        List<Row> hours, List<Row> days, List<Dirty> consumed) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM rollup_hours WHERE user_id = ? AND type_id = ? AND hour_ms >= ? AND hour_ms < ?")
                    .params(userId, typeId, fromHourMs, toHourMs).update();
            jdbc.sql("DELETE FROM rollup_days WHERE user_id = ? AND type_id = ? AND day >= ? AND day < ?")
                    .params(userId, typeId, fromDay, toDay).update();
            insert("rollup_hours", "hour_ms", userId, typeId, hours);
            insert("rollup_days", "day", userId, typeId, days);
            long longest = 0;
            for (Dirty dirty : consumed) {
                jdbc.sql("DELETE FROM rollup_dirty WHERE id = ?").param(dirty.id()).update();
                longest = Math.max(longest, dirty.maxDurationMs());
            }
            jdbc.sql(dialect.upsertMaxDuration()).params(userId, typeId, longest).update();
        });
    }

    private void insert(String table, String keyColumn, long userId, long typeId, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Object[]> batch = new ArrayList<>(rows.size());
        for (Row row : rows) {
            batch.add(new Object[] {userId, typeId, row.key(), row.source(), row.merged(), row.raw(), row.n(),
                    row.min(), row.max()});
        }
        batches.batchUpdate("INSERT INTO " + table + " (user_id, type_id, " + keyColumn
                + ", source, merged, raw, n, min_value, max_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", batch);
    }

    /**
     * Runs a recomputation of one user's type so that no other node's overlaps it: one that read older samples must
     * not write after one that read newer. With several nodes (PostgreSQL) that is one transaction holding an
     * advisory lock; SQLite has one node, whose caller holds a lock of its own, and there the recomputation commits
     * window by window, so that writers are not held up for the whole of it.
     */
    public void exclusive(long userId, long typeId, Runnable recomputation) {
        if (!dialect.supportsConcurrentNodes()) {
            recomputation.run();
            return;
        }
        transactions.executeWithoutResult(status -> {
            dialect.lockRollups(jdbc, userId, typeId);
            recomputation.run();
        });
    }

    /** One user's hour rows of a type in {@code [fromMs, toMs)}, optionally of one source, in time order. */
    public void hours(long userId, long typeId, long fromMs, long toMs, String source, Consumer<Row> sink) {
        read("rollup_hours", "hour_ms", userId, typeId, fromMs, toMs, source, sink);
    }

    /** One user's day rows of a type in {@code [fromDay, toDay)} (days since 1970-01-01), in date order. */
    public void days(long userId, long typeId, long fromDay, long toDay, String source, Consumer<Row> sink) {
        read("rollup_days", "day", userId, typeId, fromDay, toDay, source, sink);
    }

    private void read(String table, String keyColumn, long userId, long typeId, long from, long to, String source,
                      Consumer<Row> sink) {
        String sql = "SELECT " + keyColumn + ", source, merged, raw, n, min_value, max_value FROM " + table
                + " WHERE user_id = ? AND type_id = ? AND " + keyColumn + " >= ? AND " + keyColumn + " < ?"
                + (source == null ? "" : " AND source = ?") + " ORDER BY " + keyColumn;
        List<Object> params = new ArrayList<>(List.of(userId, typeId, from, to));
        if (source != null) {
            params.add(source);
        }
        jdbc.sql(sql).params(params).query(rs -> {
            sink.accept(new Row(rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4), rs.getLong(5),
                    Rows.nullableDouble(rs, 6), Rows.nullableDouble(rs, 7)));
        });
    }

    /**
     * Marks every rolled-up span of one user stale (or of one type, when {@code typeId} is not null): after the
     * ranking of sources or the user's time zone changed, every total may have.
     */
    public void markStale(long userId, Long typeId) {
        jdbc.sql(MARK_STALE + (typeId == null ? "" : " AND type_id = ?") + " GROUP BY user_id, type_id")
                .params(typeId == null ? List.of(userId) : List.of(userId, typeId)).update();
    }

    /** Drops every rollup and marks every stored sample stale: what {@code healthsync rollups rebuild} does. */
    public void restart() {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM rollup_hours").update();
            jdbc.sql("DELETE FROM rollup_days").update();
            jdbc.sql("DELETE FROM rollup_dirty").update();
            jdbc.sql("DELETE FROM rollup_spans").update();
            jdbc.sql("""
                    INSERT INTO rollup_dirty (user_id, type_id, from_ms, to_ms, max_duration_ms)
                    SELECT user_id, type_id, MIN(start_ms), MAX(end_ms), MAX(end_ms - start_ms) FROM samples
                    GROUP BY user_id, type_id""").update();
        });
    }
}
