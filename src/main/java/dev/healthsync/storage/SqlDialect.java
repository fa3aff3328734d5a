package dev.healthsync.storage;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What differs between the two databases. SQL is written once in the stores; everything that cannot be
 * written once lives in the two implementations of this interface and nowhere else.
 */
public interface SqlDialect {

    /** Name as Flyway and the logs know it: {@code sqlite} or {@code postgresql}. */
    String name();

    /** Bind parameters one statement may carry; multi-row inserts are sized from it. */
    int maxBindParameters();

    /** Whether several server nodes may share this database (claims jobs with {@code SKIP LOCKED}). */
    boolean supportsConcurrentNodes();

    /** Whether a read streams its rows only inside a transaction (else the driver loads the whole result). */
    default boolean streamsOnlyInTransaction() {
        return false;
    }

    /**
     * Serializes recomputations of one user's type across nodes for the rest of the transaction. SQLite has one
     * writer and one node, so there the recomputing service's own lock suffices.
     */
    default void lockRollups(JdbcClient jdbc, long userId, long typeId) {
    }

    /** Raises a type's longest-sample duration in rollup_spans; parameters: user id, type id, duration. */
    default String upsertMaxDuration() {
        return """
                INSERT INTO rollup_spans (user_id, type_id, max_duration_ms) VALUES (?, ?, ?)
                ON CONFLICT (user_id, type_id) DO UPDATE
                SET max_duration_ms = MAX(rollup_spans.max_duration_ms, excluded.max_duration_ms)""";
    }

    /**
     * A condition naming every type for {@code column}, so that a read of all types seeks each type's part of the
     * samples index (user, type, key) instead of walking all of a user's samples; neither database skips through
     * an index's middle column by itself. SQLite plans {@code IN} a subquery as such seeks.
     */
    default String everyType(String column) {
        return column + " IN (SELECT id FROM health_types)";
    }

    static SqlDialect forUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return new PostgresDialect();
        }
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return new SqliteDialect();
        }
        throw new IllegalArgumentException("unsupported database URL scheme; use jdbc:sqlite: or jdbc:postgresql:");
    }
}
