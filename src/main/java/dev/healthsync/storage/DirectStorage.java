package dev.healthsync.storage;

import com.zaxxer.hikari.HikariDataSource;
import dev.healthsync.system.HealthSyncProperties;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database without an application context, for command-line tools that only read and write users and API
 * keys and should answer at once: a pool of two connections with the server's URL, pragmas and credentials, the schema
 * migrated, and the stores over it. Safe beside a running server on the same data (SQLite's IMMEDIATE
 * transactions and busy timeout make the two writers wait for each other).
 */
public final class DirectStorage implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final JdbcClient jdbc;

    private DirectStorage(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Opens the database the server with these settings uses, creating or migrating its schema when needed. */
    public static DirectStorage open(StorageProperties storage, HealthSyncProperties system) {
        String url = DatabaseConfiguration.jdbcUrl(storage, system);
        SqlDialect dialect = SqlDialect.forUrl(url);
        // two: Flyway holds one connection for its lock on PostgreSQL while it migrates over another
        StorageProperties small = new StorageProperties(storage.url(), storage.username(), storage.password(), 2);
        HikariDataSource dataSource = null;
        try {
            dataSource = DatabaseConfiguration.pool(url, small, dialect);
            Migrations.apply(dataSource, dialect);
        } catch (RuntimeException e) {
            if (dataSource != null) {
                dataSource.close();
            }
            // the query string may hold credentials
            throw new StorageException("cannot open the database " + url.replaceFirst("\\?.*", ""), e);
        }
        return new DirectStorage(dataSource);
    }

    public UserStore users() {
        return new UserStore(jdbc);
    }

    public ApiKeyStore apiKeys() {
        return new ApiKeyStore(jdbc);
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
