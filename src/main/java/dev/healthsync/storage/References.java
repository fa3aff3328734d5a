package dev.healthsync.storage;

import dev.healthsync.health.DeviceInfo;
import dev.healthsync.health.SourceInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Ids of types, sources and devices, created on first use. A writer sees a handful of distinct values among
 * millions of records, so each is looked up once per writer and then served from memory.
 * Not thread-safe: one per writer.
 */
final class References {

    private final Connection connection;
    private final long userId;
    private final Map<String, Long> types = new HashMap<>();
    private final Map<SourceInfo, Long> sources = new HashMap<>();
    private final Map<DeviceInfo, Long> devices = new HashMap<>();

    References(Connection connection, long userId) {
        this.connection = connection;
        this.userId = userId;
    }

    long type(String identifier) throws SQLException {
        Long id = types.get(identifier);
        if (id == null) {
            id = insertOrSelect("INSERT INTO health_types (identifier) VALUES (?) ON CONFLICT DO NOTHING",
                    "SELECT id FROM health_types WHERE identifier = ?", identifier);
            types.put(identifier, id);
        }
        return id;
    }

    Long source(SourceInfo source) throws SQLException {
        if (source == null || source.unnamed()) {
            return null;
        }
        Long id = sources.get(source);
        if (id == null) {
            id = insertOrSelect(
                    "INSERT INTO sources (user_id, name, bundle_id, version) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    "SELECT id FROM sources WHERE user_id = ? AND name = ? AND bundle_id = ? AND version = ?",
                    userId, text(source.name()), text(source.bundleId()), text(source.version()));
            sources.put(source, id);
        }
        return id;
    }

    Long device(DeviceInfo device) throws SQLException {
        if (device == null || device.isEmpty()) {
            return null;
        }
        Long id = devices.get(device);
        if (id == null) {
            id = insertOrSelect("""
                            INSERT INTO devices (user_id, name, manufacturer, model, hardware_version, software_version)
                            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                    """
                            SELECT id FROM devices WHERE user_id = ? AND name = ? AND manufacturer = ? AND model = ?
                              AND hardware_version = ? AND software_version = ?""",
                    userId, text(device.name()), text(device.manufacturer()), text(device.model()),
                    text(device.hardwareVersion()), text(device.softwareVersion()));
            devices.put(device, id);
        }
        return id;
    }

    private long insertOrSelect(String insert, String select, Object... keys) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            bind(statement, keys);
            statement.executeUpdate();
        }
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            bind(statement, keys);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
