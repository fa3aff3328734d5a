package dev.healthsync.query.summary;

import dev.healthsync.system.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's days at a glance (see docs/api.md#daily-summary). */
@RestController
@Tag(name = "read")
class SummaryController {

    private final SummaryService summaries;

    SummaryController(SummaryService summaries) {
        this.summaries = summaries;
    }

    @Operation(operationId = "getDailySummary", summary = "One day at a glance, or each day of a range",
            description = "Per lived day: steps, distanceMeters, activeEnergyKcal, basalEnergyKcal, "
                    + "exerciseMinutes, standHours, flightsClimbed (sums, sources merged), restingHeartRate, hrvMs, "
                    + "vo2Max, weightKg (day averages), each exactly what GET /api/v1/series/{type}?bucket=day "
                    + "gives for the day (null without data); the night ending that day as GET /api/v1/sleep "
                    + "gives it; the workouts starting that day as GET /api/v1/workouts lists them; and the "
                    + "export's own ActivitySummary as stored. `date` gives one object, `from`/`to` "
                    + "`{\"days\": [...]}`. See docs/api.md#daily-summary.")
    @ApiResponse(responseCode = "200", description = "One day's summary (with `date`), or `{\"days\"}` in date "
            + "order (with `from`/`to`).", content = @Content(schema = @Schema(oneOf = {DailySummary.class,
            Days.class})))
    @ApiResponse(responseCode = "400", description = "`date`, `from` or `to` not an ISO 8601 date, `date` beside "
            + "`from`/`to`, `to` not after `from`, or more than 366 days between them; the problem's `parameter` "
            + "names the one to fix.")
    @GetMapping("/api/v1/summary/daily")
    Object daily(@AuthenticationPrincipal Caller caller, @ParameterObject SummaryQuery query) {
        if (query.oneDay()) {
            return summaries.day(caller.userId(), query.date());
        }
        return new Days(summaries.days(caller.userId(), query.from(), query.to()));
    }

    @Schema(description = "The caller's days over the requested range.")
    record Days(@Schema(description = "One summary per day, empty days included, in date order.")
                List<DailySummary> days) {
    }
}
