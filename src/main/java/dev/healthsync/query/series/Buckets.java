package dev.healthsync.query.series;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The buckets of a series, in one of two frames. In a zone, buckets are instants: a day there is 23 or 25 hours on
 * the days the clocks change, a half-hour zone's hours start at half past UTC. As lived, buckets are calendar
 * dates, and each sample falls on the date it was lived on, whatever zone that was. Weeks start on
 * {@code weekStart}. Plain and immutable.
 */
final class Buckets {

    private final BucketUnit unit;
    private final ZoneId zone;
    private final long[] edgesMs;
    private final long[] edgeDays;

    private Buckets(BucketUnit unit, ZoneId zone, long[] edgesMs, long[] edgeDays) {
        this.unit = unit;
        this.zone = zone;
        this.edgesMs = edgesMs;
        this.edgeDays = edgeDays;
    }

    /** Buckets in {@code zone} covering {@code [fromMs, toMs)}, the first starting where {@code fromMs} falls. */
    static Buckets inZone(BucketUnit unit, ZoneId zone, DayOfWeek weekStart, long fromMs, long toMs) {
        List<Long> edges = new ArrayList<>();
        ZonedDateTime edge = truncate(ZonedDateTime.ofInstant(java.time.Instant.ofEpochMilli(fromMs), zone), unit,
                weekStart);
        edges.add(edge.toInstant().toEpochMilli());
        while (edges.get(edges.size() - 1) < toMs) {
            edge = next(edge, unit);
            edges.add(edge.toInstant().toEpochMilli());
        }
        return new Buckets(unit, zone, edges.stream().mapToLong(Long::longValue).toArray(), null);
    }

    /** Buckets of calendar dates covering {@code [from, to)}; {@code display} renders their starts as instants. */
    static Buckets asLived(BucketUnit unit, ZoneId display, DayOfWeek weekStart, LocalDate from, LocalDate to) {
        List<Long> days = new ArrayList<>();
        LocalDate edge = truncate(from.atStartOfDay(display), unit, weekStart).toLocalDate();
        days.add(edge.toEpochDay());
        while (days.get(days.size() - 1) < to.toEpochDay()) {
            edge = next(edge.atStartOfDay(display), unit).toLocalDate();
            days.add(edge.toEpochDay());
        }
        long[] edgeDays = days.stream().mapToLong(Long::longValue).toArray();
        long[] edgesMs = Arrays.stream(edgeDays)
                .map(day -> LocalDate.ofEpochDay(day).atStartOfDay(display).toInstant().toEpochMilli()).toArray();
        return new Buckets(unit, display, edgesMs, edgeDays);
    }

    private static ZonedDateTime truncate(ZonedDateTime at, BucketUnit unit, DayOfWeek weekStart) {
        return switch (unit) {
            case MINUTE -> at.truncatedTo(ChronoUnit.MINUTES);
            case HOUR -> at.truncatedTo(ChronoUnit.HOURS);
            case DAY -> at.toLocalDate().atStartOfDay(at.getZone());
            case WEEK -> at.toLocalDate().with(TemporalAdjusters.previousOrSame(weekStart)).atStartOfDay(at.getZone());
            case MONTH -> at.toLocalDate().withDayOfMonth(1).atStartOfDay(at.getZone());
            case YEAR -> at.toLocalDate().withDayOfYear(1).atStartOfDay(at.getZone());
        };
    }

    private static ZonedDateTime next(ZonedDateTime edge, BucketUnit unit) {
        return switch (unit) {
            case MINUTE -> edge.plusMinutes(1);
            case HOUR -> edge.plusHours(1);
            case DAY -> edge.toLocalDate().plusDays(1).atStartOfDay(edge.getZone());
            case WEEK -> edge.toLocalDate().plusWeeks(1).atStartOfDay(edge.getZone());
            case MONTH -> edge.toLocalDate().plusMonths(1).atStartOfDay(edge.getZone());
            case YEAR -> edge.toLocalDate().plusYears(1).atStartOfDay(edge.getZone());
        };
    }

    int count() {
        return edgesMs.length - 1;
    }

    BucketUnit unit() {
        return unit;
    }

    /** The zone the buckets are laid in, or for dates as lived the zone their starts are shown in. */
    ZoneId zone() {
        return zone;
    }

    boolean asLived() {
        return edgeDays != null;
    }

    /** Bucket boundaries as instants (epoch ms); bucket i is {@code [edges[i], edges[i + 1])}. */
    long[] edgesMs() {
        return edgesMs;
    }

    long startMs(int bucket) {
        return edgesMs[bucket];
    }

    long endMs(int bucket) {
        return edgesMs[bucket + 1];
    }

    /** For dates as lived: the first date of the bucket, days since 1970-01-01. */
    long startDay(int bucket) {
        return edgeDays[bucket];
    }

    long endDay(int bucket) {
        return edgeDays[bucket + 1];
    }

    /** The bucket holding an instant (in a zone) or a date (as lived), or -1 outside them all. */
    int indexOf(long key) {
        long[] edges = asLived() ? edgeDays : edgesMs;
        if (key < edges[0] || key >= edges[edges.length - 1]) {
            return -1;
        }
        int index = Arrays.binarySearch(edges, key);
        return index >= 0 ? index : -index - 2;
    }
}
