package dev.healthsync.storage;

import dev.healthsync.health.DeviceInfo;
import dev.healthsync.health.SourceInfo;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What each of a user's sources and devices recorded: counts of samples, workouts and documents and the span they
 * cover. Every row of the sources and devices tables is listed, also one whose records are all gone (zero counts).
 */
@Component
public class SourceQueries {

    /** Sorted here, not in SQL: PostgreSQL's collation and SQLite's byte order disagree on case. */
    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    private final JdbcClient jdbc;

    SourceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's sources ordered by name, bundle id and version (absent first). */
    public List<Source> sources(long userId) {
        Map<Long, Usage> samples = usage("samples", "source_id", userId);
        Map<Long, Usage> workouts = usage("workouts", "source_id", userId);
        Map<Long, Usage> documents = usage("documents", "source_id", userId);
        return jdbc.sql("SELECT id, name, bundle_id, version FROM sources WHERE user_id = ?")
                .param(userId)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    return new Source(new SourceInfo(rs.getString(2), Rows.emptyToNull(rs.getString(3)),
                            Rows.emptyToNull(rs.getString(4))), samples.getOrDefault(id, Usage.NONE),
                            workouts.getOrDefault(id, Usage.NONE), documents.getOrDefault(id, Usage.NONE));
                })
                .list().stream().sorted(Comparator.comparing((Source s) -> s.info().name())
                        .thenComparing(s -> s.info().bundleId(), NULLS_FIRST)
                        .thenComparing(s -> s.info().version(), NULLS_FIRST))
                .toList();
    }

    /** The user's devices ordered by name and then their other fields (absent first); documents name no device. */
    public List<Device> devices(long userId) {
        Map<Long, Usage> samples = usage("samples", "device_id", userId);
        Map<Long, Usage> workouts = usage("workouts", "device_id", userId);
        return jdbc.sql("""
                        SELECT id, name, manufacturer, model, hardware_version, software_version FROM devices
                        WHERE user_id = ?""")
                .param(userId)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    return new Device(new DeviceInfo(Rows.emptyToNull(rs.getString(2)),
                            Rows.emptyToNull(rs.getString(3)),
                            Rows.emptyToNull(rs.getString(4)), Rows.emptyToNull(rs.getString(5)),
                            Rows.emptyToNull(rs.getString(6))), samples.getOrDefault(id, Usage.NONE),
                            workouts.getOrDefault(id, Usage.NONE));
                })
                .list().stream().sorted(Comparator.comparing((Device d) -> d.info().name(), NULLS_FIRST)
                        .thenComparing(d -> d.info().manufacturer(), NULLS_FIRST)
                        .thenComparing(d -> d.info().model(), NULLS_FIRST)
                        .thenComparing(d -> d.info().hardwareVersion(), NULLS_FIRST)
                        .thenComparing(d -> d.info().softwareVersion(), NULLS_FIRST))
                .toList();
    }

    /** Per referenced id: rows, earliest start, latest end (a document without an end counts its start). */
    private Map<Long, Usage> usage(String table, String column, long userId) {
        Map<Long, Usage> usage = new HashMap<>();
        jdbc.sql("SELECT " + column + ", COUNT(*), MIN(start_ms), MAX(COALESCE(end_ms, start_ms)) FROM " + table
                        + " WHERE user_id = ? AND " + column + " IS NOT NULL GROUP BY " + column)
                .param(userId)
                .query(rs -> {
                    usage.put(rs.getLong(1), new Usage(rs.getLong(2), Rows.nullableLong(rs, 3),
                            Rows.nullableLong(rs, 4)));
                });
        return usage;
    }

    /** Records of one kind, with the earliest start and latest end in epoch milliseconds (null when none). */
    public record Usage(long count, Long firstMs, Long lastMs) {

        static final Usage NONE = new Usage(0, null, null);
    }

    /** A source as stored, with what it recorded. */
    public record Source(SourceInfo info, Usage samples, Usage workouts, Usage documents) {
    }

    /** A device as stored, with what it recorded. */
    public record Device(DeviceInfo info, Usage samples, Usage workouts) {
    }
}
