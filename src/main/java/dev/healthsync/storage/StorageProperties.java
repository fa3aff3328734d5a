package dev.healthsync.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where records are kept.
 *
 * @param url      JDBC URL; empty means the embedded SQLite file {@code <data-dir>/healthsync.db}, a
 *                 {@code jdbc:postgresql://…} URL switches to PostgreSQL ({@code HEALTHSYNC_DB_URL})
 * @param username database user for PostgreSQL ({@code HEALTHSYNC_DB_USER})
 * @param password database password for PostgreSQL ({@code HEALTHSYNC_DB_PASSWORD}); never logged
 * @param poolSize connections in the pool (default 8 for PostgreSQL, 4 for SQLite, whose writers queue anyway)
 */
@ConfigurationProperties("healthsync.db")
public record StorageProperties(String url, String username, String password, Integer poolSize) {
}
