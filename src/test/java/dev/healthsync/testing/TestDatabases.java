package dev.healthsync.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Real databases for tests: a SQLite file in a temporary directory, or a fresh PostgreSQL database on the
 * local server (127.0.0.1:5432, trust auth, as on the project's machines; {@code HEALTHSYNC_TEST_PG} overrides
 * the server URL). PostgreSQL databases are dropped when the JVM exits.
 */
public final class TestDatabases {

    private static final String SERVER = System.getenv().getOrDefault("HEALTHSYNC_TEST_PG",
            "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");

    private TestDatabases() {
    }

    public static Path tempDataDir() {
        try {
            return Files.createTempDirectory("healthsync-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PostgreSQL server the tests use, as a person would name it: host and port. */
    public static String postgresServer() {
        String hostAndRest = SERVER.replaceFirst("^jdbc:postgresql://", "");
        return hostAndRest.replaceFirst("[/?].*$", "");
    }

    public static boolean postgresReachable() {
        try (Connection ignored = DriverManager.getConnection(SERVER)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Creates an empty database and returns its JDBC URL. */
    public static String freshPostgres() {
        String name = "healthsync_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toLowerCase(Locale.ROOT);
        execute("CREATE DATABASE " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + name
                + " WITH (FORCE)")));
        int query = SERVER.indexOf('?');
        String base = SERVER.substring(0, SERVER.lastIndexOf('/', query < 0 ? SERVER.length() : query));
        return base + "/" + name + (query < 0 ? "" : SERVER.substring(query));
    }

    /** Runs one statement on the server as its superuser, e.g. to cut a test server off its database. */
    public static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + " refused: " + e.getMessage(), e);
        }
    }
}
