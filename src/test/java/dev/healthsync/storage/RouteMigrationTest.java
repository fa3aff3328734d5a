package dev.healthsync.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.testing.PostgresRequired;
import dev.healthsync.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A database that stored routes a row per point (up to V6) keeps every point when it moves to one row a route. */
class RouteMigrationTest {

    private static final List<WorkoutRow.RoutePoint> RUN = List.of(
            new WorkoutRow.RoutePoint(1_000, 48.1371, 11.5754, 519.2, 2.8, 181.0, 4.1, 3.0),
            new WorkoutRow.RoutePoint(2_000, 48.1372, 11.5755, null, null, null, null, null),
            new WorkoutRow.RoutePoint(2_000, 48.1373, 11.5757, 519.9, null, null, 5.0, null),
            new WorkoutRow.RoutePoint(3_000, 48.1374, 11.5759, null, 3.1, null, null, null));
    private static final List<WorkoutRow.RoutePoint> RIDE = List.of(
            new WorkoutRow.RoutePoint(10_000, -33.8688, 151.2093, 12.0, 7.5, 90.0, 3.0, 2.0));

    private static final String WORKOUT = """
            INSERT INTO workouts (user_id, identity_key, activity_type, start_ms, start_offset, end_ms, end_offset)
            VALUES (?, ?, ?, 0, 0, 1, 0)""";

    @Test
    void sqlite() throws SQLException {
        String url = "jdbc:sqlite:" + TestDatabases.tempDataDir().resolve("routes.db") + "?foreign_keys=true";
        migratesEveryPoint(url, "sqlite");
    }

    @Test
    @ExtendWith(PostgresRequired.class)
    void postgresql() throws SQLException {
        migratesEveryPoint(TestDatabases.freshPostgres(), "postgresql");
    }

    private static void migratesEveryPoint(String url, String vendor) throws SQLException {
        flyway(url, vendor).target("6").load().migrate();
        try (Connection connection = DriverManager.getConnection(url)) {
            long user = insert(connection, "INSERT INTO users (email, password_hash, created_at) VALUES ('a@b.test', 'h', 0)");
            long run = insert(connection, WORKOUT, user, new byte[] {1}, "run");
            long ride = insert(connection, WORKOUT, user, new byte[] {2}, "ride");
            // Stored out of order, as a later route part would be: the migration orders by time and place.
            insertPoint(connection, ride, RIDE.get(0), 0);
            for (int i = RUN.size() - 1; i >= 0; i--) {
                insertPoint(connection, run, RUN.get(i), i == 2 ? 1 : 0);
            }

            flyway(url, vendor).load().migrate();

            assertThat(routes(connection)).containsExactly(Map.entry(run, RUN), Map.entry(ride, RIDE));
            assertThat(connection.getMetaData().getTables(null, null, "route_points", null).next())
                    .as("route_points dropped").isFalse();
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url, String vendor) {
        return Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/" + vendor)
                .javaMigrations(new V7__Route_points_into_workout_routes());
    }

    private static long insert(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"})) {
            for (int i = 0; i < parameters.length; i++) {
                insert.setObject(i + 1, parameters[i]);
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void insertPoint(Connection connection, long workoutId, WorkoutRow.RoutePoint point, int timeSeq)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO route_points (workout_id, time_ms, latitude, longitude, altitude, speed, course,
                                          horizontal_accuracy, vertical_accuracy, time_seq)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, workoutId);
            insert.setLong(2, point.timeMs());
            insert.setDouble(3, point.latitude());
            insert.setDouble(4, point.longitude());
            insert.setObject(5, point.altitude());
            insert.setObject(6, point.speed());
            insert.setObject(7, point.course());
            insert.setObject(8, point.horizontalAccuracy());
            insert.setObject(9, point.verticalAccuracy());
            insert.setInt(10, timeSeq);
            insert.executeUpdate();
        }
    }

    private static Map<Long, List<WorkoutRow.RoutePoint>> routes(Connection connection) throws SQLException {
        Map<Long, List<WorkoutRow.RoutePoint>> routes = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT workout_id, point_count, points FROM workout_routes ORDER BY workout_id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                List<WorkoutRow.RoutePoint> points = new ArrayList<>(RouteCodec.decode(rows.getBytes(3)));
                assertThat(rows.getInt(2)).isEqualTo(points.size());
                routes.put(rows.getLong(1), points);
            }
        }
        return routes;
    }
}
