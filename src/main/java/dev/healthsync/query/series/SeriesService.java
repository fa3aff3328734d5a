package dev.healthsync.query.series;

import dev.healthsync.health.TypeCatalog;
import dev.healthsync.storage.AggregateQueries;
import dev.healthsync.storage.RollupStore;
import dev.healthsync.system.InvalidParameterException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Answers series: checks the request, lays out its buckets, and fills them from the rollups where they can answer
 * (quantity types, days as lived, or hours of a whole-hour zone) or else from the samples themselves, through the
 * same merge. Other features (the daily summary, agents) read series through here.
 */
@Service
public class SeriesService {

    private static final long DAY_MS = RollupRows.DAY_MS;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final RollupStore store;
    private final AggregateQueries aggregates;
    private final RollupMaintenance maintenance;
    private final PieceSource pieces;
    private final SourcePriorities priorities;
    private final UserZone zones;
    private final Clock clock;

    SeriesService(RollupStore store, AggregateQueries aggregates, RollupMaintenance maintenance, PieceSource pieces, SourcePriorities priorities,
                  UserZone zones, Clock clock) {
        this.store = store;
        this.aggregates = aggregates;
        this.maintenance = maintenance;
        this.pieces = pieces;
        this.priorities = priorities;
        this.zones = zones;
        this.clock = clock;
    }

    public SeriesView series(long userId, String type, SeriesQuery query) {
        return series(userId, type, query, false);
    }

    /**
     * The same series computed from the samples alone, never from rollups: what the rollups must always agree
     * with, and what tests compare them to.
     */
    SeriesView fromSamples(long userId, String type, SeriesQuery query) {
        return series(userId, type, query, true);
    }

    private SeriesView series(long userId, String type, SeriesQuery query, boolean samplesOnly) {
        SeriesRequest request = SeriesRequest.of(type, query);
        Optional<Long> typeId = store.typeId(type);
        if (typeId.isEmpty() && TypeCatalog.find(type).isEmpty()) {
            throw new InvalidParameterException("type", type + " is not a HealthKit type this server knows");
        }
        Optional<ZoneId> userZone = zones.of(userId);
        boolean lived = request.tz() == null && request.bucket().wholeDays();
        ZoneId frame = request.tz() != null ? request.tz() : userZone.orElse(ZoneOffset.UTC);
        long now = clock.millis();
        DateBound from = request.from() != null ? request.from()
                : DateBound.ofMillis(typeId.flatMap(id -> firstStart(userId, id)).orElse(now - DAY_MS));
        DateBound to = request.to() != null ? request.to() : DateBound.ofMillis(now);
        Buckets buckets;
        if (lived) {
            LocalDate first = from.localDate(false);
            LocalDate last = to.localDate(true);
            SeriesRequest.checkRange(first.toEpochDay() * DAY_MS, last.toEpochDay() * DAY_MS, request.bucket());
            buckets = Buckets.asLived(request.bucket(), frame, request.weekStart(), first, last);
        } else {
            long fromMs = from.epochMillis(frame);
            long toMs = to.epochMillis(frame);
            SeriesRequest.checkRange(fromMs, toMs, request.bucket());
            buckets = Buckets.inZone(request.bucket(), frame, request.weekStart(), fromMs, toMs);
        }
        List<BucketTotals> totals = new ArrayList<>(buckets.count());
        for (int i = 0; i < buckets.count(); i++) {
            totals.add(new BucketTotals());
        }
        if (typeId.isPresent() && buckets.count() > 0) {
            maintenance.refresh(userId, typeId.get());
            if (samplesOnly) {
                fillFromSamples(userId, typeId.get(), request, buckets, totals, userZone.orElse(null));
            } else {
                fill(userId, typeId.get(), request, buckets, totals, userZone.orElse(null));
            }
            fillFromAppBuckets(userId, typeId.get(), request, buckets, totals);
        }
        return view(request, buckets, totals);
    }

    /** Where a history begins: its first sample, or an app's first bucket when that is earlier. */
    private Optional<Long> firstStart(long userId, long typeId) {
        Optional<Long> sample = store.firstStart(userId, typeId);
        Optional<Long> bucket = aggregates.firstStart(userId, typeId);
        return sample.isEmpty() ? bucket : bucket.map(b -> Math.min(b, sample.get())).or(() -> sample);
    }

    private void fill(long userId, long typeId, SeriesRequest request, Buckets buckets, List<BucketTotals> totals,
                      ZoneId userZone) {
        boolean rolledUp = request.shape() != SeriesRequest.TypeShape.CATEGORY && request.device() == null;
        if (rolledUp && buckets.asLived()) {
            store.days(userId, typeId, buckets.startDay(0), buckets.endDay(buckets.count() - 1), request.source(),
                    row -> add(totals, buckets.indexOf(row.key()), row));
        } else if (rolledUp && buckets.unit() != BucketUnit.MINUTE && WholeHours.throughout(buckets)) {
            store.hours(userId, typeId, buckets.startMs(0), buckets.endMs(buckets.count() - 1), request.source(),
                    row -> add(totals, buckets.indexOf(row.key()), row));
        } else {
            fillFromSamples(userId, typeId, request, buckets, totals, userZone);
        }
    }

    /**
     * Days as lived that have no samples take the value of an app's day or hour buckets (Health Auto Export with
     * aggregation on), so a history sent only that way still has its totals. A bucket counts no samples, so a
     * count leaves them out, and a bucket knows no device.
     */
    private void fillFromAppBuckets(long userId, long typeId, SeriesRequest request, Buckets buckets,
                                    List<BucketTotals> totals) {
        if (!buckets.asLived() || request.shape() == SeriesRequest.TypeShape.CATEGORY || request.device() != null
                || request.agg() == Aggregate.COUNT) {
            return;
        }
        boolean cumulative = request.shape() == SeriesRequest.TypeShape.CUMULATIVE;
        AggregateDays days = new AggregateDays(cumulative, day -> {
            int bucket = buckets.indexOf(day.day());
            if (bucket >= 0) {
                totals.get(bucket).add(day.source(), day.value(), day.value(), cumulative ? 0 : 1, day.min(),
                        day.max());
            }
        });
        aggregates.livedDays(userId, typeId, buckets.startDay(0), buckets.endDay(buckets.count() - 1),
                request.source(), days);
        days.finish();
    }

    private void fillFromSamples(long userId, long typeId, SeriesRequest request, Buckets buckets,
                                 List<BucketTotals> totals, ZoneId userZone) {
        long fromMs = buckets.asLived() ? buckets.startDay(0) * DAY_MS - DAY_MS : buckets.startMs(0);
        long toMs = buckets.asLived() ? buckets.endDay(buckets.count() - 1) * DAY_MS + DAY_MS
                : buckets.endMs(buckets.count() - 1);
        List<Piece> loaded = pieces.load(new RankedSamples.Scope(userId, typeId, request.type(), fromMs, toMs,
                store.maxDuration(userId, typeId), request.source(), request.device()), request.categoryValue(),
                priorities.of(userId), userZone);
        boolean merges = request.shape() != SeriesRequest.TypeShape.DISCRETE;
        if (!buckets.asLived()) {
            for (Fragment fragment : Fragments.of(loaded, buckets.edgesMs(), merges)) {
                add(totals, fragment.interval(), fragment);
            }
            return;
        }
        long[] slots = RollupRows.slotEdges(fromMs, toMs);
        for (Fragment fragment : Fragments.of(loaded, slots, merges)) {
            add(totals, buckets.indexOf(RollupRows.livedDay(slots[fragment.interval()], fragment)), fragment);
        }
    }

    private static void add(List<BucketTotals> totals, int bucket, RollupStore.Row row) {
        if (bucket >= 0) {
            totals.get(bucket).add(row.source(), row.merged(), row.raw(), row.n(), row.min(), row.max());
        }
    }

    private static void add(List<BucketTotals> totals, int bucket, Fragment fragment) {
        if (bucket >= 0) {
            totals.get(bucket).add(fragment.source(), fragment.merged(), fragment.raw(), fragment.n(),
                    fragment.min(), fragment.max());
        }
    }

    private static SeriesView view(SeriesRequest request, Buckets buckets, List<BucketTotals> totals) {
        String unit = unit(request);
        List<SeriesView.Bucket> views = new ArrayList<>(buckets.count());
        for (int i = 0; i < buckets.count(); i++) {
            BucketTotals bucket = totals.get(i);
            Double value = SeriesValues.value(bucket, request);
            views.add(new SeriesView.Bucket(
                    ISO.format(java.time.Instant.ofEpochMilli(buckets.startMs(i)).atZone(buckets.zone())),
                    ISO.format(java.time.Instant.ofEpochMilli(buckets.endMs(i)).atZone(buckets.zone())),
                    buckets.asLived() ? LocalDate.ofEpochDay(buckets.startDay(i)).toString() : null,
                    value == null || value.isNaN() || value.isInfinite() ? null : value, unit,
                    request.mergeNone() ? SeriesValues.perSource(bucket, request) : null,
                    request.explain() ? SeriesValues.contributions(bucket) : null));
        }
        return new SeriesView(request.type(), unit, lower(request.bucket()), lower(request.agg()),
                request.mergeNone() ? "none" : "priority", buckets.asLived() ? "lived" : zoneName(buckets.zone()),
                views);
    }

    private static String unit(SeriesRequest request) {
        if (request.agg() == Aggregate.COUNT) {
            return "count";
        }
        if (request.shape() == SeriesRequest.TypeShape.CATEGORY) {
            return "min";
        }
        return TypeCatalog.find(request.type()).map(t -> t.canonicalUnit()).orElse(null);
    }

    /** UTC by that name: {@code ZoneOffset.UTC}'s own id is "Z". */
    private static String zoneName(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
