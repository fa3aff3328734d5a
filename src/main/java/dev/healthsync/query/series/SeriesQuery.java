package dev.healthsync.query.series;

import io.swagger.v3.oas.annotations.Parameter;

/** The query parameters of {@code GET /api/v1/series/{type}}, as sent; {@link SeriesRequest} checks them. */
public record SeriesQuery(
        @Parameter(description = "Start, inclusive: an ISO 8601 date (2024-03-01, the start of that day) or a "
                + "date-time with offset (2024-03-01T08:00:00+01:00). Default: the type's first sample.")
        String from,
        @Parameter(description = "End, exclusive, in the same formats as `from`. Default: now.")
        String to,
        @Parameter(description = "Bucket width: minute, hour, day, week, month or year. Default: day. At most "
                + "100,000 buckets per request.")
        String bucket,
        @Parameter(description = "How a bucket's samples combine: sum or count for cumulative types (steps, "
                + "energy), avg, min, max or count for discrete ones (heart rate, weight), sum (minutes) or count "
                + "for category types. Default: sum, avg, and for categories sum (count for stand hours).")
        String agg,
        @Parameter(description = "IANA time zone (Europe/Amsterdam) to lay every bucket in. Without it, day, week, "
                + "month and year buckets are the days as lived (each sample's own local day) and finer buckets "
                + "use the user's timeZone setting, else UTC.")
        String tz,
        @Parameter(description = "priority (default): overlapping sources of a cumulative type merged as the "
                + "Health app does; none: each source's own sum, listed per bucket.")
        String merge,
        @Parameter(description = "true: each bucket lists what each source contributed after the merge; the "
                + "contributions add up to the bucket's value.")
        Boolean explain,
        @Parameter(description = "Only samples of this source name (as in GET /api/v1/sources).")
        String source,
        @Parameter(description = "Only samples recorded by this device name (as in GET /api/v1/sources).")
        String device,
        @Parameter(description = "First day of a week bucket: monday (default, ISO 8601) … sunday.")
        String weekStart,
        @Parameter(description = "For category types: only samples with this value, e.g. "
                + "HKCategoryValueAppleStandHourStood.")
        String value) {
}
