package dev.healthsync.query;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What a user has of one type, as {@code GET /api/v1/types} and the agent tool list it. */
@Schema(description = "What the caller has of one type.")
public record TypeView(
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
