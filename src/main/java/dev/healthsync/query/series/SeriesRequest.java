package dev.healthsync.query.series;

import dev.healthsync.health.Aggregation;
import dev.healthsync.health.HealthType;
import dev.healthsync.health.TypeCatalog;
import dev.healthsync.health.TypeKind;
import dev.healthsync.system.InvalidParameterException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A checked series request: every parameter parsed, the aggregation allowed for the type, the range and bucket
 * count within limits. Each refusal names its parameter.
 */
record SeriesRequest(String type, TypeShape shape, DateBound from, DateBound to, BucketUnit bucket,
                     Aggregate agg, ZoneId tz, boolean mergeNone, boolean explain, String source, String device,
                     DayOfWeek weekStart, String categoryValue) {

    static final int MAX_BUCKETS = 100_000;
    private static final String STAND_HOUR = "HKCategoryTypeIdentifierAppleStandHour";

    /** How a type's samples add up: cumulative and discrete quantities, and categories (by duration or count). */
    enum TypeShape {
        CUMULATIVE(EnumSet.of(Aggregate.SUM, Aggregate.COUNT)),
        DISCRETE(EnumSet.of(Aggregate.AVG, Aggregate.MIN, Aggregate.MAX, Aggregate.COUNT)),
        CATEGORY(EnumSet.of(Aggregate.SUM, Aggregate.COUNT));

        final Set<Aggregate> allowed;

        TypeShape(Set<Aggregate> allowed) {
            this.allowed = allowed;
        }

        static TypeShape of(String type) {
            if (TypeCatalog.kindOf(type) == TypeKind.CATEGORY) {
                return CATEGORY;
            }
            return TypeCatalog.find(type).map(HealthType::aggregation).orElse(Aggregation.DISCRETE)
                    == Aggregation.CUMULATIVE ? CUMULATIVE : DISCRETE;
        }
    }

    static SeriesRequest of(String type, SeriesQuery query) {
        TypeShape shape = TypeShape.of(type);
        Aggregate agg = query.agg() == null || query.agg().isBlank() ? defaultAggregate(type, shape)
                : parse("agg", query.agg(), Aggregate.class);
        if (!shape.allowed.contains(agg)) {
            throw new InvalidParameterException("agg", "agg=" + agg.name().toLowerCase(Locale.ROOT) + " makes no sense"
                    + " for " + type + "; allowed: " + names(shape.allowed));
        }
        BucketUnit bucket = query.bucket() == null || query.bucket().isBlank() ? BucketUnit.DAY
                : parse("bucket", query.bucket(), BucketUnit.class);
        String merge = query.merge() == null || query.merge().isBlank() ? "priority"
                : query.merge().trim().toLowerCase(Locale.ROOT);
        if (!merge.equals("priority") && !merge.equals("none")) {
            throw new InvalidParameterException("merge", "merge must be priority or none");
        }
        DayOfWeek weekStart = query.weekStart() == null || query.weekStart().isBlank() ? DayOfWeek.MONDAY
                : parse("weekStart", query.weekStart(), DayOfWeek.class);
        DateBound from = DateBound.parse("from", query.from());
        DateBound to = DateBound.parse("to", query.to());
        if (query.value() != null && !query.value().isBlank() && shape != TypeShape.CATEGORY) {
            throw new InvalidParameterException("value", "value filters category types only");
        }
        return new SeriesRequest(type, shape, from, to, bucket, agg, zone(query.tz()), merge.equals("none"),
                Boolean.TRUE.equals(query.explain()), blankToNull(query.source()), blankToNull(query.device()),
                weekStart, blankToNull(query.value()));
    }

    private static Aggregate defaultAggregate(String type, TypeShape shape) {
        return switch (shape) {
            case CUMULATIVE -> Aggregate.SUM;
            case DISCRETE -> Aggregate.AVG;
            case CATEGORY -> STAND_HOUR.equals(type) ? Aggregate.COUNT : Aggregate.SUM;
        };
    }

    /** Refuses a range that ends before it starts or would need more than {@link #MAX_BUCKETS} buckets. */
    static void checkRange(long fromMs, long toMs, BucketUnit bucket) {
        if (fromMs > toMs) {
            throw new InvalidParameterException("from", "from must not be after to");
        }
        if ((toMs - fromMs) / bucket.nominal.toMillis() > MAX_BUCKETS) {
            throw new InvalidParameterException("bucket", "bucket=" + bucket.name().toLowerCase(Locale.ROOT)
                    + " over this range gives more than " + MAX_BUCKETS + " buckets; choose a coarser bucket or a"
                    + " shorter range");
        }
    }

    private static ZoneId zone(String tz) {
        if (tz == null || tz.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(tz.trim());
        } catch (DateTimeException e) {
            throw new InvalidParameterException("tz", "tz must be an IANA time zone such as Europe/Amsterdam");
        }
    }

    private static <E extends Enum<E>> E parse(String name, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(name, name + " must be one of " + names(EnumSet.allOf(type)));
        }
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
