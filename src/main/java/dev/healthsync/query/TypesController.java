package dev.healthsync.query;

import dev.healthsync.health.HealthType;
import dev.healthsync.health.TypeCatalog;
import dev.healthsync.storage.SampleQueries;
import dev.healthsync.system.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/types}: every type the caller has, with count, span, unit and sources. */
@RestController
@Tag(name = "read")
class TypesController {

    private final SampleQueries samples;

    TypesController(SampleQueries samples) {
        this.samples = samples;
    }

    @Operation(operationId = "listTypes", summary = "Every sample type the caller has",
            description = "One entry per type identifier with stored samples, sorted by identifier. Workouts are not "
                    + "samples and are not listed, nor are Health Auto Export's hour and day buckets.")
    @ApiResponse(responseCode = "200", description = "The type summaries.")
    @GetMapping("/api/v1/types")
    List<TypeView> types(@AuthenticationPrincipal Caller caller) {
        return samples.types(caller.userId()).stream().map(TypesController::view).toList();
    }

    private static TypeView view(SampleQueries.TypeSummary summary) {
        Optional<HealthType> known = TypeCatalog.find(summary.type());
        return new TypeView(summary.type(), TypeCatalog.kindOf(summary.type()).name().toLowerCase(Locale.ROOT),
                known.map(t -> t.aggregation().name().toLowerCase(Locale.ROOT)).orElse(null), summary.count(),
                Instant.ofEpochMilli(summary.firstMs()).toString(), Instant.ofEpochMilli(summary.lastMs()).toString(),
                summary.unit(), summary.sources());
    }

    @Schema(description = "What the caller has of one type.")
    record TypeView(
            @Schema(description = "HealthKit type identifier.", example = "HKQuantityTypeIdentifierHeartRate")
            String type,
            @Schema(description = "quantity or category.", allowableValues = {"quantity", "category"}) String kind,
            @Schema(description = "How samples combine over time: cumulative (summed) or discrete (averaged); "
                    + "category types are discrete; null for a type the catalog does not know.",
                    allowableValues = {"cumulative", "discrete"}, nullable = true) String aggregation,
            @Schema(description = "Number of stored samples.") long count,
            @Schema(description = "Earliest start, ISO-8601 in UTC.", format = "date-time") String first,
            @Schema(description = "Latest end, ISO-8601 in UTC.", format = "date-time") String last,
            @Schema(description = "The canonical unit every value is stored in (`count/min`, `kcal`, `m`, …); null "
                    + "for category types.") String unit,
            @Schema(description = "Source names, sorted.") List<String> sources) {
    }
}
