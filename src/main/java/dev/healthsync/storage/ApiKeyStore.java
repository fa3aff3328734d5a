package dev.healthsync.storage;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** API keys, looked up by the hash of the presented key. */
@Component
public class ApiKeyStore {

    private static final RowMapper<ApiKeyRecord> ROW = (rs, n) -> new ApiKeyRecord(rs.getLong("id"),
            rs.getLong("user_id"), rs.getString("name"), rs.getString("prefix"), rs.getLong("created_at"),
            Rows.nullableLong(rs, "last_used_at"), Rows.nullableLong(rs, "revoked_at"));

    private final JdbcClient jdbc;

    ApiKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ApiKeyRecord create(long userId, String name, String prefix, String keyHash, long now) {
        jdbc.sql("""
                        INSERT INTO api_keys (user_id, name, prefix, key_hash, created_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(userId, name, prefix, keyHash, now).update();
        return jdbc.sql("SELECT * FROM api_keys WHERE key_hash = ?").param(keyHash).query(ROW).single();
    }

    /** The key with this hash, unless it was revoked. */
    public Optional<ApiKeyRecord> findActiveByHash(String keyHash) {
        return jdbc.sql("SELECT * FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL").param(keyHash)
                .query(ROW).optional();
    }

    public List<ApiKeyRecord> listForUser(long userId) {
        return jdbc.sql("SELECT * FROM api_keys WHERE user_id = ? ORDER BY id").param(userId).query(ROW).list();
    }

    /** Revokes one of this user's keys; false when the user has no such active key. */
    public boolean revoke(long userId, long keyId, long now) {
        return jdbc.sql("UPDATE api_keys SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL")
                .params(now, keyId, userId).update() == 1;
    }

    /** Records use at most once a minute per key, so a busy client does not turn every read into a write. */
    public void touch(long keyId, long now) {
        jdbc.sql("UPDATE api_keys SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)")
                .params(now, keyId, now - 60_000).update();
    }
}
