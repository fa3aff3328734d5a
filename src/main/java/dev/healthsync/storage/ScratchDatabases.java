package dev.healthsync.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Databases made to be thrown away, for the benchmark: it needs a fresh one, apart from any the server uses. On
 * SQLite that is a new data directory. On PostgreSQL, a database named in the URL that does not exist yet is
 * created through the server's {@code postgres} database (and dropped at the end); one that exists must hold no
 * tables. Also names the database and its size for the report. Credentials come from the URL or
 * {@code HEALTHSYNC_DB_USER}/{@code HEALTHSYNC_DB_PASSWORD}, as for the server.
 */
public final class ScratchDatabases {

    private static final Pattern POSTGRES = Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]+)(\\?.*)?$");
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private ScratchDatabases() {
    }

    /** Makes sure the database of {@code url} exists and is empty; returns whether it was created here. */
    public static boolean prepare(String url) {
        Matcher m = matcher(url);
        String name = m.group(2);
        JdbcClient server = JdbcClient.create(dataSource(maintenanceUrl(m)));
        boolean exists = server.sql("SELECT count(*) FROM pg_database WHERE datname = ?").param(name)
                .query(Long.class).single() > 0;
        if (!exists) {
            if (!PLAIN_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("database " + name + " does not exist; create it, empty, first");
            }
            server.sql("CREATE DATABASE \"" + name + "\"").update();
            return true;
        }
        long tables = JdbcClient.create(dataSource(url)).sql("SELECT count(*) FROM information_schema.tables"
                + " WHERE table_schema NOT IN ('pg_catalog', 'information_schema')").query(Long.class).single();
        if (tables > 0) {
            throw new IllegalArgumentException("database " + name + " is not empty; bench needs a fresh one: name one"
                    + " that does not exist and bench creates it, or empty this one");
        }
        return false;
    }

    /** Drops the database of {@code url}; only for one {@link #prepare} created. */
    public static void drop(String url) {
        Matcher m = matcher(url);
        JdbcClient.create(dataSource(maintenanceUrl(m))).sql("DROP DATABASE IF EXISTS \"" + m.group(2) + "\"")
                .update();
    }

    /** The database's product and version, e.g. {@code PostgreSQL 15.20} or {@code SQLite 3.49.1}. */
    public static String describe(DataSource dataSource, boolean postgres) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        return postgres
                ? "PostgreSQL " + jdbc.sql("SHOW server_version").query(String.class).single()
                : "SQLite " + jdbc.sql("SELECT sqlite_version()").query(String.class).single();
    }

    /** Bytes the database takes: the SQLite files, or PostgreSQL's {@code pg_database_size}. */
    public static long size(DataSource dataSource, boolean postgres, Path dataDir) {
        if (postgres) {
            return JdbcClient.create(dataSource).sql("SELECT pg_database_size(current_database())")
                    .query(Long.class).single();
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("healthsync.db"))
                    .mapToLong(f -> {
                        try {
                            return Files.size(f);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL with its password, if any, left out: for the report. */
    public static String printable(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static Matcher matcher(String url) {
        Matcher m = POSTGRES.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("bench takes a PostgreSQL URL, jdbc:postgresql://host:port/database");
        }
        return m;
    }

    private static String maintenanceUrl(Matcher m) {
        return m.group(1) + "postgres" + (m.group(3) == null ? "" : m.group(3));
    }

    private static DataSource dataSource(String url) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url);
        String user = System.getenv("HEALTHSYNC_DB_USER");
        if (user != null && !user.isBlank()) {
            dataSource.setUsername(user);
            dataSource.setPassword(System.getenv("HEALTHSYNC_DB_PASSWORD"));
        }
        return dataSource;
    }
}
