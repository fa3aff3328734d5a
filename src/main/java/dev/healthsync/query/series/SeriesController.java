package dev.healthsync.query.series;

import dev.healthsync.system.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/series/{type}}: a type's values per bucket, merged across sources as the Health app does. */
@RestController
@Tag(name = "read")
class SeriesController {

    private final SeriesService series;

    SeriesController(SeriesService series) {
        this.series = series;
    }

    @Operation(operationId = "getSeries", summary = "A type's values per bucket",
            description = "Cumulative types (steps, distance, energy) merge overlapping sources the way the Health "
                    + "app does: per moment the best-ranked source counting (see source-priority), lower-ranked "
                    + "ones only for time no higher one covers, samples split at bucket edges by time. Discrete "
                    + "types (heart rate, weight) are averaged, ranged or counted over every source. Category "
                    + "types give minutes or counts. See docs/api.md#series.")
    @ApiResponse(responseCode = "200", description = "The series.")
    @ApiResponse(responseCode = "400", description = "A parameter out of its range or form (`bucket`, `agg` for this "
            + "type, `merge`, `tz`, `weekStart`, `from` after `to`, more than 100,000 buckets), or a type this server "
            + "does not know; the problem's `parameter` names it.")
    @GetMapping("/api/v1/series/{type}")
    SeriesView series(@AuthenticationPrincipal Caller caller,
                      @Parameter(description = "HealthKit type identifier, e.g. `HKQuantityTypeIdentifierStepCount`.")
                      @PathVariable String type,
                      @ParameterObject SeriesQuery query) {
        return series.series(caller.userId(), type, query);
    }
}
