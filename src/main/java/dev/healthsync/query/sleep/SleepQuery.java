package dev.healthsync.query.sleep;

import io.swagger.v3.oas.annotations.Parameter;

/** The query parameters of the sleep endpoint, as sent; {@link dev.healthsync.query.DayRange} checks them. */
public record SleepQuery(
        @Parameter(description = "First night, inclusive: an ISO 8601 date (YYYY-MM-DD), the local date a night "
                + "ends on. Default: 7 days before `to`, or with neither, 6 days before today.")
        String from,
        @Parameter(description = "Last night, exclusive, an ISO 8601 date; at most 366 days after `from`. "
                + "Default: 7 days after `from`, or with neither, tomorrow in the user's zone.")
        String to) {
}
