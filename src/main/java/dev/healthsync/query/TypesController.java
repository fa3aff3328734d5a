package dev.healthsync.query;

import dev.healthsync.health.HealthType;
import dev.healthsync.health.TypeCatalog;
import dev.healthsync.storage.SampleQueries;
import dev.healthsync.system.Caller;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/types}: every type the caller has, with count, span, unit and sources. */
@RestController
class TypesController {

    private final SampleQueries samples;

    TypesController(SampleQueries samples) {
        this.samples = samples;
    }

    @GetMapping("/api/v1/types")
    List<Map<String, Object>> types(@AuthenticationPrincipal Caller caller) {
        return samples.types(caller.userId()).stream().map(TypesController::view).toList();
    }

    private static Map<String, Object> view(SampleQueries.TypeSummary summary) {
        Optional<HealthType> known = TypeCatalog.find(summary.type());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", summary.type());
        body.put("kind", TypeCatalog.kindOf(summary.type()).name().toLowerCase(java.util.Locale.ROOT));
        body.put("aggregation", known.map(t -> t.aggregation().name().toLowerCase(java.util.Locale.ROOT))
                .orElse(null));
        body.put("count", summary.count());
        body.put("first", Instant.ofEpochMilli(summary.firstMs()).toString());
        body.put("last", Instant.ofEpochMilli(summary.lastMs()).toString());
        body.put("unit", summary.unit());
        body.put("sources", summary.sources());
        return body;
    }
}
