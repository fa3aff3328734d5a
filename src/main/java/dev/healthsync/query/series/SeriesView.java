package dev.healthsync.query.series;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A series as the API returns it. */
@Schema(description = "A type's values per bucket.")
public record SeriesView(
        @Schema(description = "HealthKit type identifier.") String type,
        @Schema(description = "Unit of every value: the type's canonical unit; `count` for agg=count; `min` for "
                + "the summed duration of a category type.") String unit,
        @Schema(description = "Bucket width: minute, hour, day, week, month or year.") String bucket,
        @Schema(description = "Aggregation: sum, avg, min, max or count.") String agg,
        @Schema(description = "priority (sources merged) or none (each source's own sum).") String merge,
        @Schema(description = "The IANA zone the buckets are laid in, or `lived` when each sample counts on the "
                + "day it was lived (its HKTimeZone, else the user's zone, else its written offset).")
        String timeZone,
        @Schema(description = "The buckets in time order, empty ones included (value null).")
        List<Bucket> buckets) {

    /** One bucket. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "One bucket of a series.")
    public record Bucket(
            @Schema(description = "Start, inclusive, ISO 8601 with offset.") String start,
            @Schema(description = "End, exclusive, ISO 8601 with offset.") String end,
            @Schema(description = "For days as lived: the local date of the bucket's first day.") String date,
            @Schema(description = "The bucket's value in `unit`; null when no sample falls in it.") Double value,
            @Schema(description = "Unit of the value.") String unit,
            @Schema(description = "With merge=none: each source's own value.") List<SourceValue> sources,
            @Schema(description = "With explain=true: what each source added after the merge; they add up to "
                    + "value.") List<SourceValue> contributions) {
    }

    /** One source's part of a bucket. */
    @Schema(description = "A source's value in a bucket.")
    public record SourceValue(
            @Schema(description = "Source name.") String source,
            @Schema(description = "Value in the series' unit.") double value) {
    }
}
