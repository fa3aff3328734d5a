package dev.healthsync.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Moves the points of route_points into one workout_routes row per workout (V6 made the table), then drops
 * route_points; points whose workout is gone (possible on PostgreSQL since V5) go with it. Java because the
 * encoding is {@link RouteCodec}'s; the SQL is the same on both databases. Named the way Flyway reads a version
 * from a class name; Spring Boot hands every such bean to Flyway.
 */
@Component
public class V7__Route_points_into_workout_routes extends BaseJavaMigration {

    private static final int FETCH_SIZE = 10_000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement read = connection.prepareStatement("""
                SELECT workout_id, time_ms, latitude, longitude, altitude, speed, course, horizontal_accuracy,
                       vertical_accuracy
                FROM route_points WHERE workout_id IN (SELECT id FROM workouts)
                ORDER BY workout_id, time_ms, time_seq""");
             PreparedStatement write = connection.prepareStatement(
                     "INSERT INTO workout_routes (workout_id, point_count, points) VALUES (?, ?, ?)")) {
            // Read in pieces rather than whole (PostgreSQL's driver only does so inside a transaction, as here).
            read.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = read.executeQuery()) {
                long workoutId = 0;
                List<WorkoutRow.RoutePoint> points = new ArrayList<>();
                while (rows.next()) {
                    if (!points.isEmpty() && rows.getLong(1) != workoutId) {
                        insert(write, workoutId, points);
                    }
                    workoutId = rows.getLong(1);
                    points.add(new WorkoutRow.RoutePoint(rows.getLong(2), rows.getDouble(3), rows.getDouble(4),
                            nullable(rows, 5), nullable(rows, 6), nullable(rows, 7), nullable(rows, 8),
                            nullable(rows, 9)));
                }
                if (!points.isEmpty()) {
                    insert(write, workoutId, points);
                }
            }
        }
        try (Statement drop = connection.createStatement()) {
            drop.execute("DROP TABLE route_points");
        }
    }

    private static void insert(PreparedStatement write, long workoutId, List<WorkoutRow.RoutePoint> points)
            throws SQLException {
        write.setLong(1, workoutId);
        write.setInt(2, points.size());
        write.setBytes(3, RouteCodec.encode(points));
        write.executeUpdate();
        points.clear();
    }

    private static Double nullable(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }
}
