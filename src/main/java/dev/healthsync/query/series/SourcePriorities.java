package dev.healthsync.query.series;

import dev.healthsync.storage.RollupStore;
import dev.healthsync.storage.SourcePriorityStore;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Each user's {@link SourcePriority}; replacing it marks every merged total stale, so the next read re-merges. */
@Component
public class SourcePriorities {

    private final SourcePriorityStore store;
    private final RollupStore rollups;
    private final JsonMapper json;

    SourcePriorities(SourcePriorityStore store, RollupStore rollups, JsonMapper json) {
        this.store = store;
        this.rollups = rollups;
        this.json = json;
    }

    public SourcePriority of(long userId) {
        return store.find(userId).map(text -> json.readValue(text, SourcePriority.class))
                .orElse(SourcePriority.DEFAULT);
    }

    void replace(long userId, SourcePriority priority) {
        store.save(userId, json.writeValueAsString(priority.validated()));
        rollups.markStale(userId, null);
    }
}
