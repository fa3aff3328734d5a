package dev.healthsync.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.healthsync.system.HealthSyncProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the database from {@code healthsync.db.url}: the embedded SQLite file unless a PostgreSQL URL is given. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    SqlDialect sqlDialect(StorageProperties storage, HealthSyncProperties system) {
        return SqlDialect.forUrl(jdbcUrl(storage, system));
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(StorageProperties storage, HealthSyncProperties system, SqlDialect dialect) {
        return pool(jdbcUrl(storage, system), storage, dialect);
    }

    /** The connection pool of the server and of the command-line tools: same URL, pragmas and credentials. */
    static HikariDataSource pool(String jdbcUrl, StorageProperties storage, SqlDialect dialect) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("healthsync");
        config.setJdbcUrl(jdbcUrl);
        if (dialect instanceof SqliteDialect) {
            config.setDataSourceProperties(SqliteDialect.connectionProperties());
            config.setMaximumPoolSize(poolSize(storage, 4));
        } else {
            config.setUsername(blankToNull(storage.username()));
            config.setPassword(blankToNull(storage.password()));
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
            config.setMaximumPoolSize(poolSize(storage, 8));
        }
        return new HikariDataSource(config);
    }

    static String jdbcUrl(StorageProperties storage, HealthSyncProperties system) {
        if (storage.url() != null && !storage.url().isBlank()) {
            return storage.url().trim();
        }
        Path dataDir = system.dataDir().toAbsolutePath();
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
        }
        return "jdbc:sqlite:" + dataDir.resolve("healthsync.db");
    }

    private static int poolSize(StorageProperties storage, int fallback) {
        return storage.poolSize() == null ? fallback : storage.poolSize();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
