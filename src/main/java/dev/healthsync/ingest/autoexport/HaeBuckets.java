package dev.healthsync.ingest.autoexport;

import dev.healthsync.health.Moment;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Hour and day buckets of Health Auto Export's aggregated exports: where one ends, and whether a series of points
 * is aggregated at all when the user did not say.
 * <p>
 * The app writes a bucket as one point dated at the bucket's start, in the phone's offset at that time, so an
 * aggregated series is recognizable by its dates alone: every point of a daily series is at local midnight, every
 * point of an hourly series on the hour. Points of raw (unaggregated, or per-minute) series are almost never all on
 * the hour.
 */
final class HaeBuckets {

    static final String DAY = "day";
    static final String HOUR = "hour";

    /**
     * How many points a series may hold back while its kind is undecided. A raw series is decided at its first
     * point off the hour; only long all-midnight or all-on-the-hour series reach this, and they are then taken to
     * be what they look like so far. Bounds memory whatever the body size.
     */
    static final int LOOKAHEAD = 10_000;

    private static final long DAY_MILLIS = 86_400_000L;
    private static final long HOUR_MILLIS = 3_600_000L;

    private HaeBuckets() {
    }

    static boolean atLocalMidnight(Moment moment) {
        return Math.floorMod(localMillis(moment), DAY_MILLIS) == 0;
    }

    static boolean onTheHour(Moment moment) {
        return Math.floorMod(localMillis(moment), HOUR_MILLIS) == 0;
    }

    /**
     * The end of the bucket that starts at {@code start}. When the user's zone has the written offset at that
     * instant, the bucket follows the zone's calendar (a day is 23 or 25 hours long on DST days and the end
     * carries the zone's offset then); otherwise it is 24 hours or 1 hour in the written offset.
     */
    static Moment end(Moment start, String bucket, ZoneId zone) {
        Instant instant = start.instant();
        boolean zoneAgrees = zone.getRules().getOffset(instant).getTotalSeconds() == start.offsetSeconds();
        if (DAY.equals(bucket)) {
            if (zoneAgrees) {
                return Moment.of(instant.atZone(zone).plusDays(1).toOffsetDateTime());
            }
            return new Moment(start.epochMillis() + DAY_MILLIS, start.offsetSeconds());
        }
        long end = start.epochMillis() + HOUR_MILLIS;
        int offset = zoneAgrees
                ? zone.getRules().getOffset(Instant.ofEpochMilli(end)).getTotalSeconds()
                : start.offsetSeconds();
        return new Moment(end, offset);
    }

    private static long localMillis(Moment moment) {
        return moment.epochMillis() + moment.offsetSeconds() * 1000L;
    }

    /** Receives each point with the bucket it belongs to, or null when it is a sample. */
    @FunctionalInterface
    interface Output<T> {
        void emit(T point, String bucket);
    }

    /**
     * Decides, for one series, whether its points are day buckets, hour buckets or samples: day when every point
     * is at local midnight (in its written offset), hour when every point is on the hour, samples otherwise. Points
     * are held back only while undecided (see {@link #LOOKAHEAD}); once decided, a later point that does not fit
     * the bucket grid becomes a sample. One instance per series; not thread-safe.
     */
    static final class Detector<T> {

        private final Output<T> output;
        private final List<T> pending = new ArrayList<>();
        private boolean allMidnight = true;
        private boolean allOnTheHour = true;
        private boolean decided;
        private String bucket;

        Detector(Output<T> output) {
            this.output = output;
        }

        void offer(T point, Moment date) {
            if (decided) {
                output.emit(point, fits(date) ? bucket : null);
                return;
            }
            allMidnight &= atLocalMidnight(date);
            allOnTheHour &= onTheHour(date);
            pending.add(point);
            if (!allOnTheHour) {
                decide(null);
            } else if (pending.size() >= LOOKAHEAD) {
                decide(soFar());
            }
        }

        /** Emits what is still held back; call once at the end of the series. */
        void finish() {
            if (!decided && !pending.isEmpty()) {
                decide(soFar());
            }
        }

        /**
         * Midnight points are day buckets even alone (a daily export may hold one day of a metric). On-the-hour
         * points are hour buckets only when there are several: a single reading entered at 08:00 is a sample.
         */
        private String soFar() {
            if (allMidnight) {
                return DAY;
            }
            return pending.size() > 1 ? HOUR : null;
        }

        private boolean fits(Moment date) {
            return bucket == null || (DAY.equals(bucket) ? atLocalMidnight(date) : onTheHour(date));
        }

        private void decide(String chosen) {
            decided = true;
            bucket = chosen;
            for (T point : pending) {
                output.emit(point, chosen);
            }
            pending.clear();
        }
    }
}
