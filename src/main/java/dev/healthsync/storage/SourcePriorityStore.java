package dev.healthsync.storage;

import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The source_priorities table: one JSON ranking per user. */
@Component
public class SourcePriorityStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    SourcePriorityStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<String> find(long userId) {
        return jdbc.sql("SELECT priority FROM source_priorities WHERE user_id = ?").param(userId)
                .query(String.class).optional();
    }

    public void save(long userId, String priorityJson) {
        jdbc.sql("""
                        INSERT INTO source_priorities (user_id, priority, updated_at) VALUES (?, ?, ?)
                        ON CONFLICT (user_id) DO UPDATE SET priority = excluded.priority,
                                                            updated_at = excluded.updated_at""")
                .params(userId, priorityJson, clock.millis()).update();
    }
}
