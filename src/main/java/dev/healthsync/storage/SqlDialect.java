package dev.healthsync.storage;

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
