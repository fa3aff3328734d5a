package dev.healthsync.storage;

import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the hour and day buckets apps send instead of samples (Health Auto Export with aggregation on), by the day
 * they were lived: the local date of the bucket's start at the offset it was written with. A day that has any raw
 * sample of the type (a row in {@code rollup_days}, so the rollups must be fresh) is left out: a bucket summarizes
 * what the phone had, and counting it beside the samples themselves would count the day twice.
 */
@Component
public class AggregateQueries {

    private static final long DAY_MS = 86_400_000L;

    private final JdbcClient jdbc;

    AggregateQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The start of the user's earliest bucket of a type, where a series without {@code from} begins. */
    public Optional<Long> firstStart(long userId, long typeId) {
        return jdbc.sql("SELECT MIN(start_ms) FROM aggregates WHERE user_id = ? AND type_id = ?")
                .param(userId).param(typeId).query((rs, n) -> Rows.nullableLong(rs, 1)).optional()
                .flatMap(Optional::ofNullable);
    }

    /** A bucket with a value, on its lived day (days since 1970-01-01). */
    public record Bucket(long day, String sourceKey, String source, boolean wholeDay, double qty, Double min,
                         Double max) {
    }

    /**
     * The user's buckets of a type on lived days {@code [fromDay, toDay)} without raw samples, optionally of the
     * source of one name, ordered by day, source key, then hour buckets by start.
     */
    public void livedDays(long userId, long typeId, long fromDay, long toDay, String source, Consumer<Bucket> sink) {
        String sql = """
                SELECT x.day, x.source_key, x.source_name, x.bucket, x.qty, x.min_value, x.max_value FROM (
                  SELECT (a.start_ms + a.start_offset * 1000) / 86400000 AS day, a.start_ms, a.source_key,
                         COALESCE(src.name, a.source_key) AS source_name, a.bucket, a.qty, a.min_value, a.max_value
                  FROM aggregates a LEFT JOIN sources src ON src.id = a.source_id
                  WHERE a.user_id = :user AND a.type_id = :type AND a.bucket IN ('hour', 'day')
                    AND a.start_ms >= :fromMs AND a.start_ms < :toMs AND a.qty IS NOT NULL
                ) x
                WHERE x.day >= :fromDay AND x.day < :toDay
                  AND NOT EXISTS (SELECT 1 FROM rollup_days r
                                  WHERE r.user_id = :user AND r.type_id = :type AND r.day = x.day)"""
                + (source == null ? "" : " AND x.source_name = :source")
                + " ORDER BY x.day, x.source_key, x.start_ms";
        var statement = jdbc.sql(sql).param("user", userId).param("type", typeId)
                // a day's buckets start within 14 hours of its UTC midnight, the widest offset
                .param("fromMs", fromDay * DAY_MS - DAY_MS).param("toMs", toDay * DAY_MS + DAY_MS)
                .param("fromDay", fromDay).param("toDay", toDay);
        if (source != null) {
            statement = statement.param("source", source);
        }
        statement.query(rs -> {
            sink.accept(new Bucket(rs.getLong(1), rs.getString(2), rs.getString(3), "day".equals(rs.getString(4)),
                    rs.getDouble(5), Rows.nullableDouble(rs, 6), Rows.nullableDouble(rs, 7)));
        });
    }
}
