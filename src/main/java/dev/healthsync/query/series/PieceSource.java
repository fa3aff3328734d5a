package dev.healthsync.query.series;

import dev.healthsync.health.TypeCatalog;
import dev.healthsync.health.TypeKind;
import dev.healthsync.storage.RollupStore;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the samples a series or a rollup recomputation needs as {@link Piece}s: ranked for the merge, placed at the
 * offset they were lived at, and for a category type valued by the minutes they last.
 */
@Component
class PieceSource {

    private static final double MS_PER_MINUTE = 60_000.0;

    private final RollupStore store;
    private final JsonMapper json;

    PieceSource(RollupStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    /** What to load: a user's type over a span, optionally narrowed to a source, a device, a category value. */
    record Scope(long userId, long typeId, String type, long fromMs, long toMs, long lookbackMs, String source,
                 String device, String categoryValue) {
    }

    List<Piece> load(Scope scope, SourcePriority priority, ZoneId userZone) {
        SourceRanking ranking = new SourceRanking(priority, scope.type());
        LivedOffsets offsets = new LivedOffsets(userZone, json);
        boolean category = TypeCatalog.kindOf(scope.type()) == TypeKind.CATEGORY;
        List<Piece> pieces = new ArrayList<>();
        store.samples(scope.userId(), scope.typeId(), scope.fromMs(), scope.toMs(), scope.lookbackMs(),
                scope.source(), scope.device(), input -> {
                    if (category && scope.categoryValue() != null
                            && !scope.categoryValue().equals(input.textValue())) {
                        return;
                    }
                    double value = category ? (input.endMs() - input.startMs()) / MS_PER_MINUTE
                            : input.value() == null ? Double.NaN : input.value();
                    if (Double.isNaN(value)) {
                        return;
                    }
                    JsonNode metadata = offsets.parse(input.metadata());
                    SourceKind kind = SourceKind.of(input.source(), input.bundleId(), input.deviceName(),
                            input.deviceModel(), LivedOffsets.userEntered(metadata));
                    String source = input.source() == null ? "" : input.source();
                    pieces.add(new Piece(input.startMs(), input.endMs(), value, source,
                            ranking.rank(input.source(), kind),
                            offsets.offsetSeconds(input.startMs(), input.startOffsetSeconds(), metadata)));
                });
        return pieces;
    }
}
