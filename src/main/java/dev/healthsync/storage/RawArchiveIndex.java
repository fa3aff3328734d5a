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
            rs.getString("status"), rs.getString("error"));

    private final JdbcClient jdbc;

    RawArchiveIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(long userId, String channel, String requestId, long receivedAt, String storageKey) {
        jdbc.sql("""
                        INSERT INTO raw_archive (user_id, channel, request_id, received_at, storage_key, status)
                        VALUES (?, ?, ?, ?, ?, 'receiving')""")
                .params(userId, channel, requestId, receivedAt, storageKey).update();
        return jdbc.sql("SELECT id FROM raw_archive WHERE request_id = ?").param(requestId).query(Long.class).single();
    }

    public void stored(long id, long storedBytes) {
        jdbc.sql("UPDATE raw_archive SET stored_bytes = ?, status = 'received' WHERE id = ?").params(storedBytes, id)
                .update();
    }

    /** Records how processing ended: {@code processed}, {@code rejected} or {@code failed} with a short reason. */
    public void finished(long id, String status, String deviceId, String error) {
        jdbc.sql("UPDATE raw_archive SET status = ?, device_id = COALESCE(?, device_id), error = ? WHERE id = ?")
                .params(status, deviceId, error, id).update();
    }

    public List<Entry> list(String channel, long sinceMillis) {
        return jdbc.sql("""
                        SELECT * FROM raw_archive WHERE (CAST(? AS TEXT) IS NULL OR channel = ?) AND received_at >= ?
                        ORDER BY received_at, id""")
                .params(channel, channel, sinceMillis).query(ROW).list();
    }

    public record Entry(long id, long userId, String channel, String requestId, String deviceId, long receivedAt,
                        String storageKey, Long storedBytes, String status, String error) {
    }
}
