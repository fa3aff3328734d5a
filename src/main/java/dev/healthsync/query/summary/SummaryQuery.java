package dev.healthsync.query.summary;

import dev.healthsync.system.InvalidParameterException;
import io.swagger.v3.oas.annotations.Parameter;

/** The query parameters of {@code GET /api/v1/summary/daily}, as sent: one {@code date}, or {@code from}/{@code to}. */
public record SummaryQuery(
        @Parameter(description = "One day (YYYY-MM-DD): the answer is that day's summary alone. Not with from/to.")
        String date,
        @Parameter(description = "First day (YYYY-MM-DD), inclusive; the answer is `{\"days\": [...]}`. Default: "
                + "7 days before `to`.")
        String from,
        @Parameter(description = "Day after the last (YYYY-MM-DD), exclusive; at most 366 days after `from`. "
                + "Default: 7 days after `from`; with neither, the last 7 days up to today in the user's zone.")
        String to) {

    /** Whether one day was asked for; refuses {@code date} beside a range, which would leave the shape unclear. */
    boolean oneDay() {
        boolean date = present(this.date);
        if (date && (present(from) || present(to))) {
            throw new InvalidParameterException("date", "give either date or from/to, not both");
        }
        return date;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
