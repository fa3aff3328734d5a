package dev.healthsync.query.series;

import dev.healthsync.health.TypeCatalog;
import dev.healthsync.health.TypeKind;
import dev.healthsync.storage.RollupStore;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Loads the samples a series or a rollup recomputation needs as {@link Piece}s: ranked for the merge by
 * {@link RankedSamples}, and for a category type valued by the minutes they last.
 */
@Component
class PieceSource {

    private static final double MS_PER_MINUTE = 60_000.0;

    private final RankedSamples samples;

    PieceSource(RankedSamples samples) {
        this.samples = samples;
    }

    /** {@code categoryValue}, when not null, keeps only the category samples of that value. */
    List<Piece> load(RankedSamples.Scope scope, String categoryValue, SourcePriority priority, ZoneId userZone) {
        boolean category = TypeCatalog.kindOf(scope.type()) == TypeKind.CATEGORY;
        List<Piece> pieces = new ArrayList<>();
        samples.each(scope, priority, userZone, ranked -> {
            RollupStore.Input input = ranked.sample();
            if (category && categoryValue != null && !categoryValue.equals(input.textValue())) {
                return;
            }
            double value = category ? (input.endMs() - input.startMs()) / MS_PER_MINUTE
                    : input.value() == null ? Double.NaN : input.value();
            if (Double.isNaN(value)) {
                return;
            }
            String source = input.source() == null ? "" : input.source();
            pieces.add(new Piece(input.startMs(), input.endMs(), value, source, ranked.rank(),
                    ranked.offsetSeconds()));
        });
        return pieces;
    }
}
