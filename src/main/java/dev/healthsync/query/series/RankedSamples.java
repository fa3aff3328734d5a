package dev.healthsync.query.series;

import dev.healthsync.storage.RollupStore;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A user's samples of one type with the rank their source merges at (the user's {@link SourcePriority}, lower
 * wins) and the offset they were lived at: the one place where ranking is decided, so a series, the rollups and
 * features reading samples themselves (sleep) agree on which source wins.
 */
@Component
public class RankedSamples {

    private final RollupStore store;
    private final SourcePriorities priorities;
    private final UserZone zones;
    private final JsonMapper json;

    RankedSamples(RollupStore store, SourcePriorities priorities, UserZone zones, JsonMapper json) {
        this.store = store;
        this.priorities = priorities;
        this.zones = zones;
        this.json = json;
    }

    /** A stored sample with its source's rank (lower wins) and the offset it was lived at, in seconds. */
    public record Ranked(RollupStore.Input sample, int rank, int offsetSeconds) {
    }

    /** What to load: a user's type over a span, optionally narrowed to a source or a device. */
    record Scope(long userId, long typeId, String type, long fromMs, long toMs, long lookbackMs, String source,
                 String device) {
    }

    /**
     * Streams the user's samples of {@code type} overlapping {@code [fromMs, toMs)} (those starting earlier as far
     * back as the longest sample the rollups have seen), ranked under the user's priority and zone; nothing when
     * the type was never stored.
     */
    public void each(long userId, String type, long fromMs, long toMs, Consumer<Ranked> sink) {
        Optional<Long> typeId = store.typeId(type);
        if (typeId.isEmpty()) {
            return;
        }
        Scope scope = new Scope(userId, typeId.get(), type, fromMs, toMs, store.maxDuration(userId, typeId.get()),
                null, null);
        each(scope, priorities.of(userId), zones.of(userId).orElse(null), sink);
    }

    /** The same with the priority and zone given, for callers that rank many spans of one user in a row. */
    void each(Scope scope, SourcePriority priority, ZoneId userZone, Consumer<Ranked> sink) {
        SourceRanking ranking = new SourceRanking(priority, scope.type());
        LivedOffsets offsets = new LivedOffsets(userZone, json);
        store.samples(scope.userId(), scope.typeId(), scope.fromMs(), scope.toMs(), scope.lookbackMs(),
                scope.source(), scope.device(), input -> {
                    JsonNode metadata = offsets.parse(input.metadata());
                    SourceKind kind = SourceKind.of(input.source(), input.bundleId(), input.deviceName(),
                            input.deviceModel(), LivedOffsets.userEntered(metadata));
                    sink.accept(new Ranked(input, ranking.rank(input.source(), kind),
                            offsets.offsetSeconds(input.startMs(), input.startOffsetSeconds(), metadata)));
                });
    }
}
