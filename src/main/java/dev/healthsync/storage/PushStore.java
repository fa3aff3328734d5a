package dev.healthsync.storage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Receipts of applied push batches, and the bridge installations with their HealthKit anchors. */
@Component
public class PushStore {

    private static final RowMapper<PushDevice> DEVICE = (rs, n) -> new PushDevice(rs.getString("device_id"),
            rs.getString("name"), rs.getString("model"), rs.getString("system_version"), rs.getString("app_version"),
            rs.getLong("first_seen_at"), rs.getLong("last_seen_at"));

    private final JdbcClient jdbc;

    PushStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> findReceipt(long userId, String channel, String batchId) {
        return jdbc.sql("SELECT receipt FROM push_batches WHERE user_id = ? AND channel = ? AND batch_id = ?")
                .params(userId, channel, batchId).query(String.class).optional();
    }

    /** Saves a receipt; false when another request stored one for the same batch first. */
    public boolean saveReceipt(long userId, String channel, String batchId, String deviceId, Long archiveId,
                               long now, String receiptJson) {
        return jdbc.sql("""
                        INSERT INTO push_batches (user_id, channel, batch_id, device_id, archive_id, received_at, receipt)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(userId, channel, batchId, deviceId, archiveId, now, receiptJson).update() == 1;
    }

    public void saveDevice(long userId, PushDevice device, long now) {
        jdbc.sql("""
                        INSERT INTO push_devices (user_id, device_id, name, model, system_version, app_version,
                                                  first_seen_at, last_seen_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (user_id, device_id) DO UPDATE SET
                            name = COALESCE(excluded.name, push_devices.name),
                            model = COALESCE(excluded.model, push_devices.model),
                            system_version = COALESCE(excluded.system_version, push_devices.system_version),
                            app_version = COALESCE(excluded.app_version, push_devices.app_version),
                            last_seen_at = excluded.last_seen_at""")
                .params(userId, device.deviceId(), device.name(), device.model(), device.systemVersion(),
                        device.appVersion(), now, now)
                .update();
    }

    public void saveAnchor(long userId, String deviceId, String type, String anchor, long now) {
        jdbc.sql("""
                        INSERT INTO push_anchors (user_id, device_id, type, anchor, updated_at) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (user_id, device_id, type) DO UPDATE SET
                            anchor = excluded.anchor, updated_at = excluded.updated_at""")
                .params(userId, deviceId, type, anchor, now).update();
    }

    public Optional<PushDevice> findDevice(long userId, String deviceId) {
        return jdbc.sql("SELECT * FROM push_devices WHERE user_id = ? AND device_id = ?").params(userId, deviceId)
                .query(DEVICE).optional();
    }

    /**
     * The user's installations, the latest to push first, each with the number of its batches that were applied.
     * Counted in the raw archive, which holds batches without a {@code batchId} too: only bridge bodies name a
     * device there, and only once applied, as the name is written in the batch's own transaction.
     */
    public List<Installation> installations(long userId) {
        return jdbc.sql("""
                        SELECT d.*, (SELECT COUNT(*) FROM raw_archive a WHERE a.user_id = d.user_id
                                  AND a.device_id = d.device_id AND a.status = 'processed') AS batches
                        FROM push_devices d WHERE d.user_id = ? ORDER BY d.last_seen_at DESC, d.device_id""")
                .param(userId)
                .query((rs, n) -> new Installation(DEVICE.mapRow(rs, n), rs.getLong("batches"))).list();
    }

    public Map<String, String> anchors(long userId, String deviceId) {
        Map<String, String> anchors = new LinkedHashMap<>();
        jdbc.sql("SELECT type, anchor FROM push_anchors WHERE user_id = ? AND device_id = ? ORDER BY type")
                .params(userId, deviceId)
                .query(rs -> {
                    anchors.put(rs.getString(1), rs.getString(2));
                });
        return anchors;
    }

    /** An installation with the number of batches applied from it. */
    public record Installation(PushDevice device, long batches) {
    }

    /** One installation of a pushing app; timestamps are epoch milliseconds. */
    public record PushDevice(String deviceId, String name, String model, String systemVersion, String appVersion,
                             long firstSeenAt, long lastSeenAt) {

        public PushDevice(String deviceId, String name, String model, String systemVersion, String appVersion) {
            this(deviceId, name, model, systemVersion, appVersion, 0, 0);
        }
    }
}
