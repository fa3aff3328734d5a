package dev.healthsync.query.workouts;

import io.swagger.v3.oas.annotations.Parameter;

/** The query parameters of the workout list, as sent; {@link WorkoutPages} checks them. */
public record WorkoutQuery(
        @Parameter(description = "Workouts starting at or after this: an ISO 8601 date (2024-03-01, midnight UTC) "
                + "or a date-time with offset.")
        String from,
        @Parameter(description = "Workouts starting before this (exclusive), in the same formats as `from`.")
        String to,
        @Parameter(description = "Only this activity: `HKWorkoutActivityTypeRunning`, or short, `Running`.")
        String activityType,
        @Parameter(description = "Only workouts recorded by the source with exactly this name, e.g. "
                + "`Ana’s Apple Watch`.")
        String source,
        @Parameter(description = "Only workouts recorded by the device with exactly this name, e.g. `Apple Watch`.")
        String device,
        @Parameter(description = "The next_cursor of the previous page, with the same filters.")
        String cursor,
        @Parameter(description = "Workouts per page, 1 to 1000. Default: 100.")
        Integer limit) {
}
