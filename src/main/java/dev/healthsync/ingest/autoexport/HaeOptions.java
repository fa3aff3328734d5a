package dev.healthsync.ingest.autoexport;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * How to read one Health Auto Export body.
 *
 * @param zone        the user's time zone: date-only values (the aggregated sleep {@code date}, CSV dates) and
 *                    CSV times, which carry no offset, are read as local times in it; it also sets where a day
 *                    bucket ends when the written offset agrees with it (23 or 25 hours on DST days)
 * @param aggregation what the user configured in the app, usually passed as {@code ?aggregation=} in the URL:
 *                    {@code null} to detect it from the dates, {@code none} (every point is a sample),
 *                    {@code hours} or {@code days} (every dated point is a bucket of that size). Normalized to
 *                    one of these; {@code hour}, {@code day}, {@code raw} and any letter case are accepted too
 * @throws IllegalArgumentException for any other aggregation (the app's {@code weeks}, {@code months} and
 *                                  {@code years} buckets have no place in the store)
 */
public record HaeOptions(ZoneId zone, String aggregation) {

    public static final String NONE = "none";
    public static final String HOURS = "hours";
    public static final String DAYS = "days";

    public HaeOptions {
        Objects.requireNonNull(zone, "zone");
        aggregation = normalize(aggregation);
    }

    /** Detects the aggregation from the data. */
    public static HaeOptions detect(ZoneId zone) {
        return new HaeOptions(zone, null);
    }

    private static String normalize(String aggregation) {
        if (aggregation == null || aggregation.isBlank()) {
            return null;
        }
        return switch (aggregation.trim().toLowerCase(Locale.ROOT)) {
            case "none", "raw", "default", "minutes", "seconds" -> NONE;
            case "hours", "hour", "hourly" -> HOURS;
            case "days", "day", "daily" -> DAYS;
            default -> throw new IllegalArgumentException("aggregation must be none, hours or days");
        };
    }

    /** The bucket name a {@link dev.healthsync.pipeline.RawAggregate} carries, or null for samples or detection. */
    String fixedBucket() {
        if (aggregation == null || NONE.equals(aggregation)) {
            return null;
        }
        return HOURS.equals(aggregation) ? HaeBuckets.HOUR : HaeBuckets.DAY;
    }
}
