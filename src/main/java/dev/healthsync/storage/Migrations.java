package dev.healthsync.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The schema migrations for the command-line tools, which run without Spring Boot (the server's are run by Boot's
 * Flyway auto-configuration, from {@code spring.flyway.locations}). Same folders, same Java migration.
 * <p>
 * When the schema is already at {@link #LATEST} (the usual case: a server has run on this database), Flyway is
 * not started at all: configuring it and validating every migration costs about half a second, most of a quick
 * command's time, and the server validates at its own start anyway.
 */
final class Migrations {

    /** The highest migration version this build carries; {@code MigrationsMatchTest} keeps it true. */
    static final int LATEST = 10;

    private Migrations() {
    }

    static void apply(DataSource dataSource, SqlDialect dialect) {
        if (upToDate(dataSource)) {
            return;
        }
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + dialect.name())
                .javaMigrations(new V7__Route_points_into_workout_routes()).load().migrate();
    }

    /** Whether every migration of this build has been applied and none failed; false when nothing is known. */
    static boolean upToDate(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
            int highest = 0;
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return false;
                }
                highest = Math.max(highest, Integer.parseInt(rows.getString(1)));
            }
            return highest >= LATEST;
        } catch (SQLException | NumberFormatException noHistoryYet) {
            return false;
        }
    }
}
