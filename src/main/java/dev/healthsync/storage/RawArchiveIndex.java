package dev.healthsync.storage;

import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The index of archived request bodies. Rows are written outside the batch transaction, before parsing, so
 * the record of a body survives whatever happens to the batch.
 */
@Component
public class RawArchiveIndex {

    private static final RowMapper<Entry> ROW = (rs, n) -> new Entry(rs.getLong("id"), rs.getLong("user_id"),
            rs.getString("channel"), rs.getString("request_id"), rs.getString("device_id"),
            rs.getLong("received_at"), rs.getString("storage_key"), Rows.nullableLong(rs, "stored_bytes"),
            rs.getString("status"), rs.getString("error"), rs.getString("content_type"), rs.getString("options"));

    /** Longer than any request takes to apply, even a 200 MB body on a slow disk. */
    static final long IN_FLIGHT_MILLIS = 60 * 60 * 1000L;

    private final JdbcClient jdbc;

    RawArchiveIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(long userId, String channel, String requestId, long receivedAt, String storageKey,
                    String contentType, String optionsJson) {
        jdbc.sql("""
                        INSERT INTO raw_archive (user_id, channel, request_id, received_at, storage_key, status,
                                                 content_type, options)
                        VALUES (?, ?, ?, ?, ?, 'receiving', ?, ?)""")
                .params(userId, channel, requestId, receivedAt, storageKey, contentType, optionsJson).update();
        return jdbc.sql("SELECT id FROM raw_archive WHERE request_id = ?").param(requestId).query(Long.class).single();
    }

    public void stored(long id, long storedBytes) {
        jdbc.sql("UPDATE raw_archive SET stored_bytes = ?, status = 'received' WHERE id = ?").params(storedBytes, id)
                .update();
    }

    /**
     * Records how processing ended: {@code processed}, {@code replayed}, {@code rejected} or {@code failed}, with a
     * short reason that names no values.
     */
    public void finished(long id, String status, String error) {
        jdbc.sql("UPDATE raw_archive SET status = ?, error = ? WHERE id = ?").params(status, error, id).update();
    }

    /** Notes the sending installation once the body has named it. */
    public void identifyDevice(long id, String deviceId) {
        jdbc.sql("UPDATE raw_archive SET device_id = ? WHERE id = ?").params(deviceId, id).update();
    }

    /**
     * Entries whose body was kept and whose request has ended, oldest first, optionally of one channel. A body
     * still arriving or being applied is left alone; one left {@code received} by a crash counts as ended after
     * {@link #IN_FLIGHT_MILLIS}.
     */
    public List<Entry> list(String channel, long sinceMillis, long now) {
        return jdbc.sql("""
                        SELECT * FROM raw_archive WHERE (CAST(? AS TEXT) IS NULL OR channel = ?) AND received_at >= ?
                          AND (status IN ('processed', 'replayed', 'rejected', 'failed')
                               OR (status = 'received' AND received_at < ?))
                        ORDER BY received_at, id""")
                .params(channel, channel, sinceMillis, now - IN_FLIGHT_MILLIS).query(ROW).list();
    }

    public record Entry(long id, long userId, String channel, String requestId, String deviceId, long receivedAt,
                        String storageKey, Long storedBytes, String status, String error, String contentType,
                        String optionsJson) {
    }
}
