package dev.healthsync.storage;

import dev.healthsync.health.DeviceInfo;
import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads workouts back: pages in start order with their statistics, the totals of a whole filtered list, and one
 * workout's events and route. Every read names the user, so another user's workout id finds nothing.
 */
@Component
public class WorkoutQueries {

    private static final String WORKOUTS = """
            SELECT w.id, w.uuid, w.activity_type, w.start_ms, w.start_offset, w.end_ms, w.end_offset, w.duration_s,
                   w.metadata, src.name AS source_name, src.bundle_id, src.version,
                   d.name AS device_name, d.manufacturer, d.model, d.hardware_version, d.software_version,
                   r.point_count
            FROM workouts w
            LEFT JOIN sources src ON src.id = w.source_id
            LEFT JOIN devices d ON d.id = w.device_id
            LEFT JOIN workout_routes r ON r.workout_id = w.id
            WHERE w.user_id = :user""";

    private final JdbcClient jdbc;

    WorkoutQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} workouts after {@code filter.after()}, by start then id, each with its statistics. */
    public List<StoredWorkout> page(WorkoutFilter filter, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder(WORKOUTS).append(conditions(filter, params));
        if (filter.after() != null) {
            sql.append(" AND (w.start_ms > :afterStart OR (w.start_ms = :afterStart AND w.id > :afterId))");
            params.put("afterStart", filter.after().startMs());
            params.put("afterId", filter.after().id());
        }
        sql.append(" ORDER BY w.start_ms, w.id LIMIT :limit");
        params.put("limit", limit);
        List<Row> rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> row(rs)).list();
        return withStatistics(rows);
    }

    /** The count, duration and per-type sums of every workout the filter holds (its position ignored). */
    public Totals totals(WorkoutFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = conditions(filter, params);
        String from = " FROM workouts w LEFT JOIN sources src ON src.id = w.source_id"
                + " LEFT JOIN devices d ON d.id = w.device_id WHERE w.user_id = :user";
        Totals.Counts counts = jdbc.sql("SELECT COUNT(*), SUM(COALESCE(w.duration_s, (w.end_ms - w.start_ms) / 1000.0))"
                        + from + where).params(params)
                .query((rs, n) -> new Totals.Counts(rs.getLong(1), Rows.nullableDouble(rs, 2))).single();
        List<Totals.Sum> sums = jdbc.sql("SELECT s.type, s.unit, SUM(s.sum_value) FROM workout_statistics s"
                        + " JOIN workouts w ON w.id = s.workout_id LEFT JOIN sources src ON src.id = w.source_id"
                        + " LEFT JOIN devices d ON d.id = w.device_id"
                        + " WHERE w.user_id = :user" + where + " AND s.sum_value IS NOT NULL"
                        + " GROUP BY s.type, s.unit ORDER BY s.type, s.unit").params(params)
                .query((rs, n) -> new Totals.Sum(rs.getString(1), rs.getString(2), rs.getDouble(3))).list();
        return new Totals(counts.workouts(), counts.durationSeconds(), sums);
    }

    /** One workout of the user with its statistics; empty when it is another user's or does not exist. */
    public Optional<StoredWorkout> find(long userId, long id) {
        List<Row> rows = jdbc.sql(WORKOUTS + " AND w.id = :id").param("user", userId).param("id", id)
                .query((rs, n) -> row(rs)).list();
        return withStatistics(rows).stream().findFirst();
    }

    /** The workout's events (pauses, laps, segments, markers) in time order. */
    public List<WorkoutRow.Event> events(long userId, long workoutId) {
        return jdbc.sql("""
                        SELECT e.type, e.date_ms, e.date_offset, e.duration_s, e.metadata FROM workout_events e
                        JOIN workouts w ON w.id = e.workout_id
                        WHERE w.user_id = :user AND e.workout_id = :id ORDER BY e.date_ms, e.type""")
                .param("user", userId).param("id", workoutId)
                .query((rs, n) -> new WorkoutRow.Event(rs.getString(1), new Moment(rs.getLong(2), rs.getInt(3)),
                        Rows.nullableDouble(rs, 4), rs.getString(5)))
                .list();
    }

    /** The workout's route points in time order; empty when it has no route. */
    public List<WorkoutRow.RoutePoint> route(long userId, long workoutId) {
        return jdbc.sql("""
                        SELECT r.points FROM workout_routes r JOIN workouts w ON w.id = r.workout_id
                        WHERE w.user_id = :user AND r.workout_id = :id""")
                .param("user", userId).param("id", workoutId)
                .query((rs, n) -> RouteCodec.decode(rs.getBytes(1))).optional().orElse(List.of());
    }

    private static String conditions(WorkoutFilter filter, Map<String, Object> params) {
        params.put("user", filter.userId());
        StringBuilder sql = new StringBuilder();
        if (filter.fromMs() != null) {
            sql.append(" AND w.start_ms >= :from");
            params.put("from", filter.fromMs());
        }
        if (filter.toMs() != null) {
            sql.append(" AND w.start_ms < :to");
            params.put("to", filter.toMs());
        }
        if (filter.activityType() != null) {
            sql.append(" AND w.activity_type = :activity");
            params.put("activity", filter.activityType());
        }
        if (filter.source() != null) {
            sql.append(" AND src.name = :source");
            params.put("source", filter.source());
        }
        if (filter.device() != null) {
            sql.append(" AND d.name = :device");
            params.put("device", filter.device());
        }
        return sql.toString();
    }

    private List<StoredWorkout> withStatistics(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<WorkoutRow.Statistic>> statistics = new LinkedHashMap<>();
        rows.forEach(row -> statistics.put(row.id(), new ArrayList<>()));
        jdbc.sql("""
                        SELECT workout_id, type, sum_value, min_value, avg_value, max_value, unit
                        FROM workout_statistics WHERE workout_id IN (:ids) ORDER BY workout_id, type""")
                .param("ids", List.copyOf(statistics.keySet()))
                .query(rs -> {
                    statistics.get(rs.getLong(1)).add(new WorkoutRow.Statistic(rs.getString(2),
                            Rows.nullableDouble(rs, 3), Rows.nullableDouble(rs, 4), Rows.nullableDouble(rs, 5),
                            Rows.nullableDouble(rs, 6), rs.getString(7)));
                });
        return rows.stream().map(row -> row.withStatistics(statistics.get(row.id()))).toList();
    }

    private static Row row(ResultSet rs) throws SQLException {
        Moment start = new Moment(rs.getLong("start_ms"), rs.getInt("start_offset"));
        Moment end = new Moment(rs.getLong("end_ms"), rs.getInt("end_offset"));
        SourceInfo source = rs.getString("source_name") == null ? null : new SourceInfo(rs.getString("source_name"),
                Rows.emptyToNull(rs.getString("bundle_id")), Rows.emptyToNull(rs.getString("version")));
        DeviceInfo device = rs.getString("device_name") == null ? null : new DeviceInfo(
                Rows.emptyToNull(rs.getString("device_name")), Rows.emptyToNull(rs.getString("manufacturer")),
                Rows.emptyToNull(rs.getString("model")), Rows.emptyToNull(rs.getString("hardware_version")),
                Rows.emptyToNull(rs.getString("software_version")));
        Long points = Rows.nullableLong(rs, "point_count");
        return new Row(rs.getLong("id"), rs.getString("uuid"), rs.getString("activity_type"), start, end,
                Rows.nullableDouble(rs, "duration_s"), source, device, rs.getString("metadata"),
                points == null ? 0 : points.intValue());
    }

    private record Row(long id, String uuid, String activityType, Moment start, Moment end, Double durationSeconds,
                       SourceInfo source, DeviceInfo device, String metadataJson, int routePoints) {

        StoredWorkout withStatistics(List<WorkoutRow.Statistic> statistics) {
            return new StoredWorkout(id, uuid, activityType, start, end, durationSeconds, source, device,
                    metadataJson, routePoints, statistics);
        }
    }

    /** What a filtered list adds up to: its workouts, their duration, and each cumulative statistic's sum. */
    public record Totals(long workouts, Double durationSeconds, List<Sum> sums) {

        record Counts(long workouts, Double durationSeconds) {
        }

        public record Sum(String type, String unit, double sum) {
        }
    }
}
