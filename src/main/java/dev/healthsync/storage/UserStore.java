package dev.healthsync.storage;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Users and their password hashes. Emails are stored lower-cased, so lookups ignore case. */
@Component
public class UserStore {

    private static final RowMapper<UserRecord> ROW = (rs, n) -> new UserRecord(rs.getLong("id"),
            rs.getString("email"), rs.getString("password_hash"), rs.getBoolean("admin"), rs.getString("settings"),
            rs.getLong("created_at"));

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates a user; returns empty when the email is taken. */
    public Optional<UserRecord> create(String email, String passwordHash, boolean admin, long now) {
        int created = jdbc.sql("""
                        INSERT INTO users (email, password_hash, admin, settings, created_at)
                        VALUES (?, ?, ?, '{}', ?) ON CONFLICT DO NOTHING""")
                .params(email.toLowerCase(java.util.Locale.ROOT), passwordHash, admin, now).update();
        return created == 1 ? findByEmail(email) : Optional.empty();
    }

    public Optional<UserRecord> findByEmail(String email) {
        return jdbc.sql("SELECT * FROM users WHERE email = ?").param(email.toLowerCase(java.util.Locale.ROOT))
                .query(ROW).optional();
    }

    public Optional<UserRecord> findById(long id) {
        return jdbc.sql("SELECT * FROM users WHERE id = ?").param(id).query(ROW).optional();
    }

    public List<UserRecord> list() {
        return jdbc.sql("SELECT * FROM users ORDER BY id").query(ROW).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
    }

    /**
     * Replaces a user's settings. Their time zone places samples without {@code HKTimeZone} on a local day, so
     * every rollup of theirs is marked stale with it.
     */
    public boolean updateSettings(long id, String settingsJson) {
        boolean updated = jdbc.sql("UPDATE users SET settings = ? WHERE id = ?").params(settingsJson, id).update() == 1;
        jdbc.sql(RollupStore.MARK_STALE + " GROUP BY user_id, type_id").param(id).update();
        return updated;
    }

    public boolean updatePassword(long id, String passwordHash) {
        return jdbc.sql("UPDATE users SET password_hash = ? WHERE id = ?").params(passwordHash, id).update() == 1;
    }
}
