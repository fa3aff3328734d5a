package dev.healthsync.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes workouts and their children. A workout already stored still gets the children it lacks, because apps
 * send a workout first and its route later.
 */
final class WorkoutWriter {

    private final Connection connection;
    private final long userId;
    private final References references;
    /** Route points held for workouts not yet written; past this many, routes are refused instead of held. */
    private static final int MAX_PENDING_POINTS = 500_000;

    private final Map<String, PendingRoute> pendingRoutes = new LinkedHashMap<>();
    private int pendingPoints;
    private long inserted;
    private long duplicates;
    private long routePointsInserted;

    WorkoutWriter(Connection connection, long userId, References references) {
        this.connection = connection;
        this.userId = userId;
        this.references = references;
    }

    boolean write(WorkoutRow workout) throws SQLException {
        boolean isNew = insertWorkout(workout) == 1;
        long workoutId = idOf(workout);
        if (isNew) {
            inserted++;
        } else {
            duplicates++;
            adoptUuid(workoutId, workout.uuid());
        }
        writeStatistics(workoutId, workout.statistics());
        writeEvents(workoutId, workout.events());
        writeRoute(workoutId, workout.route(), !isNew);
        return isNew;
    }

    void attachRoute(String path, String workoutUuid, List<WorkoutRow.RoutePoint> points) throws SQLException {
        Long workoutId = idOfUuid(workoutUuid);
        if (workoutId != null) {
            writeRoute(workoutId, points, true);
            return;
        }
        if (pendingPoints + points.size() > MAX_PENDING_POINTS) {
            pendingRoutes.put(path, new PendingRoute(workoutUuid, List.of()));
            return;
        }
        pendingPoints += points.size();
        pendingRoutes.put(path, new PendingRoute(workoutUuid, points));
    }

    boolean attachRouteWithin(List<WorkoutRow.RoutePoint> points) throws SQLException {
        long first = points.stream().mapToLong(WorkoutRow.RoutePoint::timeMs).min().orElseThrow();
        long last = points.stream().mapToLong(WorkoutRow.RoutePoint::timeMs).max().orElseThrow();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT id FROM workouts WHERE user_id = ? AND start_ms <= ? AND end_ms >= ?
                ORDER BY end_ms - start_ms, id LIMIT 1""")) {
            statement.setLong(1, userId);
            statement.setLong(2, first);
            statement.setLong(3, last);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                writeRoute(rs.getLong(1), points, true);
                return true;
            }
        }
    }

    /** Writes held routes whose workout arrived later in the batch; returns the paths of the others. */
    List<String> attachPendingRoutes() throws SQLException {
        List<String> unattached = new ArrayList<>();
        for (Map.Entry<String, PendingRoute> entry : pendingRoutes.entrySet()) {
            Long workoutId = idOfUuid(entry.getValue().workoutUuid());
            if (workoutId == null || entry.getValue().points().isEmpty()) {
                unattached.add(entry.getKey());
            } else {
                writeRoute(workoutId, entry.getValue().points(), true);
            }
        }
        pendingRoutes.clear();
        pendingPoints = 0;
        return unattached;
    }

    private Long idOfUuid(String uuid) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id FROM workouts WHERE user_id = ? AND uuid = ?")) {
            statement.setLong(1, userId);
            statement.setString(2, uuid);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private record PendingRoute(String workoutUuid, List<WorkoutRow.RoutePoint> points) {
    }

    long inserted() {
        return inserted;
    }

    long duplicates() {
        return duplicates;
    }

    long routePointsInserted() {
        return routePointsInserted;
    }

    private int insertWorkout(WorkoutRow w) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO workouts (user_id, identity_key, uuid, activity_type, start_ms, start_offset, end_ms,
                                      end_offset, duration_s, source_id, device_id, metadata)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
            statement.setLong(1, userId);
            statement.setBytes(2, w.identityKey());
            statement.setString(3, w.uuid());
            statement.setString(4, w.activityType());
            statement.setLong(5, w.start().epochMillis());
            statement.setInt(6, w.start().offsetSeconds());
            statement.setLong(7, w.end().epochMillis());
            statement.setInt(8, w.end().offsetSeconds());
            RecordWriter.setDouble(statement, 9, w.durationSeconds());
            RecordWriter.setLong(statement, 10, references.source(w.source()));
            RecordWriter.setLong(statement, 11, references.device(w.device()));
            statement.setString(12, w.metadataJson());
            return statement.executeUpdate();
        }
    }

    /**
     * A workout first stored without a UUID (from export.xml) takes the one a later channel sends, so that
     * routes that channel sends apart, keyed by that UUID, find it.
     */
    private void adoptUuid(long workoutId, String uuid) throws SQLException {
        if (uuid == null) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                UPDATE workouts SET uuid = ? WHERE id = ? AND uuid IS NULL
                  AND NOT EXISTS (SELECT 1 FROM workouts other WHERE other.user_id = ? AND other.uuid = ?)""")) {
            statement.setString(1, uuid);
            statement.setLong(2, workoutId);
            statement.setLong(3, userId);
            statement.setString(4, uuid);
            statement.executeUpdate();
        }
    }

    private long idOf(WorkoutRow w) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id FROM workouts WHERE user_id = ? AND (identity_key = ? OR uuid = ?)")) {
            statement.setLong(1, userId);
            statement.setBytes(2, w.identityKey());
            statement.setString(3, w.uuid());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void writeStatistics(long workoutId, List<WorkoutRow.Statistic> statistics) throws SQLException {
        if (statistics.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO workout_statistics (workout_id, type, sum_value, min_value, avg_value, max_value, unit)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
            for (WorkoutRow.Statistic s : statistics) {
                statement.setLong(1, workoutId);
                statement.setString(2, s.type());
                RecordWriter.setDouble(statement, 3, s.sum());
                RecordWriter.setDouble(statement, 4, s.min());
                RecordWriter.setDouble(statement, 5, s.avg());
                RecordWriter.setDouble(statement, 6, s.max());
                statement.setString(7, s.unit());
                statement.executeUpdate();
            }
        }
    }

    private void writeEvents(long workoutId, List<WorkoutRow.Event> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO workout_events (workout_id, type, date_ms, date_offset, duration_s, metadata)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
            for (WorkoutRow.Event e : events) {
                statement.setLong(1, workoutId);
                statement.setString(2, e.type());
                statement.setLong(3, e.date().epochMillis());
                statement.setInt(4, e.date().offsetSeconds());
                RecordWriter.setDouble(statement, 5, e.durationSeconds());
                statement.setString(6, e.metadataJson());
                statement.executeUpdate();
            }
        }
    }

    /** {@code mayBeStored} false for a workout written just now, which cannot have a route yet. */
    private void writeRoute(long workoutId, List<WorkoutRow.RoutePoint> route, boolean mayBeStored)
            throws SQLException {
        if (route.isEmpty()) {
            return;
        }
        byte[] stored = mayBeStored ? storedRoute(workoutId) : null;
        if (stored == null) {
            insertRoute(workoutId, RouteMerge.merge(List.of(), route));
            return;
        }
        RouteMerge.Merged merged = RouteMerge.merge(RouteCodec.decode(stored), route);
        if (merged.added() == 0) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE workout_routes SET point_count = ?, points = ? WHERE workout_id = ?")) {
            statement.setInt(1, merged.points().size());
            statement.setBytes(2, RouteCodec.encode(merged.points()));
            statement.setLong(3, workoutId);
            statement.executeUpdate();
        }
        routePointsInserted += merged.added();
    }

    private byte[] storedRoute(long workoutId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT points FROM workout_routes WHERE workout_id = ?")) {
            statement.setLong(1, workoutId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }

    private void insertRoute(long workoutId, RouteMerge.Merged route) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO workout_routes (workout_id, point_count, points) VALUES (?, ?, ?)")) {
            statement.setLong(1, workoutId);
            statement.setInt(2, route.points().size());
            statement.setBytes(3, RouteCodec.encode(route.points()));
            statement.executeUpdate();
        }
        routePointsInserted += route.added();
    }
}
