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
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads samples back: pages in start-time order, and per-type summaries. */
@Component
public class SampleQueries {

    private static final String SELECT = """
            SELECT s.id, s.identity_key, s.uuid, t.identifier, s.value, s.unit, s.text_value, s.original_value, s.original_unit,
                   s.start_ms, s.start_offset, s.end_ms, s.end_offset, src.name AS source_name, src.bundle_id,
                   src.version, d.name AS device_name, d.manufacturer, d.model, d.hardware_version,
                   d.software_version, s.metadata, s.created_ms, s.created_offset
            FROM samples s
            JOIN health_types t ON t.id = s.type_id
            LEFT JOIN sources src ON src.id = s.source_id
            LEFT JOIN devices d ON d.id = s.device_id
            WHERE s.user_id = :user""";

    private final JdbcClient jdbc;

    SampleQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Streams up to {@code limit} samples matching the filter to {@code sink}, in identity-key order: by start
     * second, and within a second in a fixed order. With a type, that is the order of the samples index, so a page
     * costs its own rows whatever the range; the time range is also given as key bounds for the same reason.
     */
    public void page(SampleFilter filter, int limit, Consumer<StoredSample> sink) {
        StringBuilder sql = new StringBuilder(SELECT);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("user", filter.userId());
        if (filter.type() != null) {
            sql.append(" AND s.type_id = (SELECT id FROM health_types WHERE identifier = :type)");
            params.put("type", filter.type());
        }
        if (filter.fromMs() != null) {
            sql.append(" AND s.start_ms >= :from AND s.identity_key >= :fromKey");
            params.put("from", filter.fromMs());
            params.put("fromKey", SampleKeys.secondPrefix(Math.floorDiv(filter.fromMs(), 1000)));
        }
        if (filter.toMs() != null) {
            sql.append(" AND s.start_ms < :to AND s.identity_key < :toKey");
            params.put("to", filter.toMs());
            params.put("toKey", SampleKeys.secondPrefix(Math.floorDiv(filter.toMs(), 1000) + 1));
        }
        if (filter.source() != null) {
            sql.append(" AND src.name = :source");
            params.put("source", filter.source());
        }
        if (filter.device() != null) {
            sql.append(" AND d.name = :device");
            params.put("device", filter.device());
        }
        if (filter.afterKey() != null) {
            sql.append(" AND s.identity_key > :afterKey");
            params.put("afterKey", filter.afterKey());
        }
        sql.append(" ORDER BY s.identity_key LIMIT :limit");
        params.put("limit", limit);
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            sink.accept(sample(rs));
        });
    }

    /** Every type the user has samples of, with count, time span, unit and sources. */
    public List<TypeSummary> types(long userId) {
        Map<String, List<String>> sources = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT t.identifier, src.name FROM samples s
                        JOIN health_types t ON t.id = s.type_id JOIN sources src ON src.id = s.source_id
                        WHERE s.user_id = ? ORDER BY t.identifier, src.name""")
                .param(userId)
                .query(rs -> {
                    sources.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return jdbc.sql("""
                        SELECT t.identifier, COUNT(*), MIN(s.start_ms), MAX(s.end_ms), MAX(s.unit) FROM samples s
                        JOIN health_types t ON t.id = s.type_id
                        WHERE s.user_id = ? GROUP BY t.identifier ORDER BY t.identifier""")
                .param(userId)
                .query((rs, n) -> new TypeSummary(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getString(5), sources.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    /** Counts one user's samples; for tests and summaries. */
    public long count(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM samples WHERE user_id = ?").param(userId).query(Long.class).single();
    }

    private static StoredSample sample(ResultSet rs) throws SQLException {
        SourceInfo source = rs.getString("source_name") == null ? null : new SourceInfo(rs.getString("source_name"),
                emptyToNull(rs.getString("bundle_id")), emptyToNull(rs.getString("version")));
        DeviceInfo device = rs.getString("device_name") == null ? null : new DeviceInfo(
                emptyToNull(rs.getString("device_name")), emptyToNull(rs.getString("manufacturer")),
                emptyToNull(rs.getString("model")), emptyToNull(rs.getString("hardware_version")),
                emptyToNull(rs.getString("software_version")));
        return new StoredSample(rs.getLong("id"), rs.getBytes("identity_key"), rs.getString("uuid"), rs.getString("identifier"),
                Rows.nullableDouble(rs, "value"), rs.getString("unit"), rs.getString("text_value"),
                Rows.nullableDouble(rs, "original_value"), rs.getString("original_unit"),
                new Moment(rs.getLong("start_ms"), rs.getInt("start_offset")),
                new Moment(rs.getLong("end_ms"), rs.getInt("end_offset")), source, device, rs.getString("metadata"),
                created(rs));
    }

    private static Moment created(ResultSet rs) throws SQLException {
        long millis = rs.getLong("created_ms");
        return rs.wasNull() ? null : new Moment(millis, rs.getInt("created_offset"));
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** Per-type overview; times are epoch milliseconds. */
    public record TypeSummary(String type, long count, long firstMs, long lastMs, String unit, List<String> sources) {
    }
}
