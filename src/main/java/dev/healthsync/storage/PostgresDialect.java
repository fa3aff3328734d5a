package dev.healthsync.storage;

import org.springframework.jdbc.core.simple.JdbcClient;

/** PostgreSQL: for users who outgrow the file, and for several server nodes sharing one database. */
final class PostgresDialect implements SqlDialect {

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public int maxBindParameters() {
        return 65_535;
    }

    @Override
    public boolean supportsConcurrentNodes() {
        return true;
    }

    @Override
    public boolean streamsOnlyInTransaction() {
        return true;
    }

    /** A transaction-scoped advisory lock keyed by user and type: released by the commit. */
    @Override
    public void lockRollups(JdbcClient jdbc, long userId, long typeId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?, ?)").params((int) userId, (int) typeId).query(Object.class).list();
    }

    /** PostgreSQL plans {@code IN} a subquery as a join after the scan; an array it seeks once per element. */
    @Override
    public String everyType(String column) {
        return column + " = ANY(ARRAY(SELECT id FROM health_types))";
    }

    @Override
    public String upsertMaxDuration() {
        return """
                INSERT INTO rollup_spans (user_id, type_id, max_duration_ms) VALUES (?, ?, ?)
                ON CONFLICT (user_id, type_id) DO UPDATE
                SET max_duration_ms = GREATEST(rollup_spans.max_duration_ms, excluded.max_duration_ms)""";
    }
}
