package dev.healthsync.storage;

import java.util.Properties;

/** SQLite: one file, many readers, one writer at a time. */
final class SqliteDialect implements SqlDialect {

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public int maxBindParameters() {
        return 32_766;
    }

    @Override
    public boolean supportsConcurrentNodes() {
        return false;
    }

    /**
     * Connection pragmas. WAL lets readers run beside the writer; IMMEDIATE transactions take the write lock
     * up front, so a second writer (another request, the CLI in another process) waits out {@code busy_timeout}
     * instead of failing on a lock upgrade; NORMAL sync is durable in WAL mode except for the last commits on
     * power loss, which a re-sent batch restores.
     */
    static Properties connectionProperties() {
        Properties properties = new Properties();
        properties.setProperty("journal_mode", "WAL");
        properties.setProperty("synchronous", "NORMAL");
        properties.setProperty("busy_timeout", "60000");
        properties.setProperty("transaction_mode", "IMMEDIATE");
        properties.setProperty("foreign_keys", "true");
        properties.setProperty("cache_size", "-65536");
        properties.setProperty("temp_store", "MEMORY");
        return properties;
    }
}
