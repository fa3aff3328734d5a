package dev.healthsync.query;

import dev.healthsync.health.HealthType;
import dev.healthsync.health.TypeCatalog;
import dev.healthsync.storage.SampleQueries;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Every type a user has, with count, span, unit and sources: the REST list and the agent tool share it. */
@Service
public class TypeService {

    private final SampleQueries samples;

    TypeService(SampleQueries samples) {
        this.samples = samples;
    }

    public List<TypeView> types(long userId) {
        return samples.types(userId).stream().map(TypeService::view).toList();
    }

    private static TypeView view(SampleQueries.TypeSummary summary) {
        Optional<HealthType> known = TypeCatalog.find(summary.type());
        return new TypeView(summary.type(), TypeCatalog.kindOf(summary.type()).name().toLowerCase(Locale.ROOT),
                known.map(t -> t.aggregation().name().toLowerCase(Locale.ROOT)).orElse(null), summary.count(),
                Instant.ofEpochMilli(summary.firstMs()).toString(), Instant.ofEpochMilli(summary.lastMs()).toString(),
                summary.unit(), summary.sources());
    }

}
