package dev.healthsync.ingest.autoexport;

import dev.healthsync.health.CategoryValues;
import dev.healthsync.health.IncompatibleUnitException;
import dev.healthsync.health.Moment;
import dev.healthsync.health.Units;
import dev.healthsync.pipeline.RawAggregate;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.pipeline.RecordSink;
import java.time.ZoneId;
import java.util.OptionalInt;

/**
 * Turns one metric point into what the store keeps: a {@link RawAggregate} when it is a bucket, else a
 * {@link RawSample}. Shared by the JSON and CSV decoders. Stateless apart from its sink; not thread-safe.
 * <p>
 * The app writes percentages as percent ({@code 97} for 97 %) with the unit {@code %}, where HealthKit's {@code %}
 * is a fraction: values sent in {@code %} are divided by 100 here. That is the only value the decoder converts;
 * every other unit is passed on as sent, for the normalizer.
 */
final class HaePointEmitter {

    private static final String STAND_HOUR_STOOD = "Stood";
    private static final String STAND_HOUR_IDLE = "Idle";
    private static final long HOUR_MILLIS = 3_600_000L;

    private final RecordSink sink;
    private final ZoneId zone;

    HaePointEmitter(RecordSink sink, ZoneId zone) {
        this.sink = sink;
        this.zone = zone;
    }

    /** A point of a metric that is not sleep: a bucket when {@code bucket} is set, else a sample. */
    void emit(HaeMetric metric, String unit, HaePoint p, String bucket) {
        String units = p.units != null ? p.units : unit;
        switch (metric.kind()) {
            case QUANTITY, HEART_RATE -> quantity(metric.type(), units, p, bucket, p.path);
            case BLOOD_PRESSURE -> {
                if (p.systolic != null) {
                    value(HaeMetric.SYSTOLIC, units, p, p.systolic, bucket, p.path + ".systolic");
                }
                if (p.diastolic != null) {
                    value(HaeMetric.DIASTOLIC, units, p, p.diastolic, bucket, p.path + ".diastolic");
                }
            }
            case STAND_HOUR -> {
                if (bucket != null) {
                    aggregate(metric.type(), units, p, p.mainValue(), bucket, extra(p));
                } else {
                    Moment start = start(p);
                    String stood = p.mainValue() != null && p.mainValue() > 0 ? STAND_HOUR_STOOD : STAND_HOUR_IDLE;
                    category(metric.type(), stood, p, start,
                            p.endDate != null ? p.endDate : plus(start, HOUR_MILLIS), metadata(p));
                }
            }
            case CATEGORY_EVENT -> event(metric.type(), units, p, bucket);
            case SEXUAL_ACTIVITY -> sexualActivity(metric.type(), units, p, bucket);
            case SLEEP -> sleep(metric.type(), unit, p);
        }
    }

    /**
     * A sleep point: a stage segment becomes a category sample; a night summary (or a plain {@code qty}) is always
     * a day bucket, whatever the aggregation, with the hours asleep as its value and the other figures as extras.
     */
    void sleep(String type, String unit, HaePoint p) {
        if (p.isSleepSegment()) {
            Moment end = p.endDate != null ? p.endDate : p.startDate;
            category(type, HaeCategoryNames.sleepStage(p.value), p, p.startDate, end, metadata(p));
            return;
        }
        Moment start = p.date != null ? p.date : p.startDate;
        Double hours = p.totalSleep != null ? p.totalSleep : p.asleep != null ? p.asleep : p.qty;
        HaeJson.Obj extra = extra(p)
                .put("asleep", p.asleep).put("core", p.core).put("deep", p.deep).put("rem", p.rem)
                .put("awake", p.awake).put("inBed", p.inBed)
                .put("sleepStart", iso(p.sleepStart)).put("sleepEnd", iso(p.sleepEnd))
                .put("inBedStart", iso(p.inBedStart)).put("inBedEnd", iso(p.inBedEnd))
                .put("sleepSource", p.sleepSource).put("inBedSource", p.inBedSource);
        sink.aggregate(new RawAggregate(p.path, type, start, HaeBuckets.end(start, HaeBuckets.DAY, zone),
                HaeBuckets.DAY, unit == null ? "hr" : unit, hours, null, null, null, extra.toJson(),
                HaeSources.info(p.anySource())));
    }

    private void quantity(String type, String units, HaePoint p, String bucket, String path) {
        double divisor = percentDivisor(units);
        Double main = scale(p.mainValue(), divisor);
        if (bucket != null) {
            sink.aggregate(new RawAggregate(path, type, start(p), HaeBuckets.end(start(p), bucket, zone), bucket, units,
                    main, scale(p.min, divisor), scale(p.avg, divisor), scale(p.max, divisor), extra(p).toJson(),
                    HaeSources.info(p.source)));
            return;
        }
        HaeJson.Obj metadata = metadata(p);
        if (p.hasStats()) {
            metadata.put("HAEMin", differs(p.min, p.avg) ? scale(p.min, divisor) : null)
                    .put("HAEMax", differs(p.max, p.avg) ? scale(p.max, divisor) : null);
        }
        sink.sample(new RawSample(path, null, type, main, null, units, start(p), end(p), HaeSources.info(p.source),
                null, metadata.toJson()));
    }

    private void value(String type, String units, HaePoint p, double value, String bucket, String path) {
        double divisor = percentDivisor(units);
        if (bucket != null) {
            sink.aggregate(new RawAggregate(path, type, start(p), HaeBuckets.end(start(p), bucket, zone), bucket, units,
                    scale(value, divisor), null, null, null, extra(p).toJson(), HaeSources.info(p.source)));
        } else {
            sink.sample(new RawSample(path, null, type, scale(value, divisor), null, units, start(p), end(p),
                    HaeSources.info(p.source), null, metadata(p).toJson()));
        }
    }

    /** Mindful minutes, handwashing, toothbrushing: a bucket counts or times them; a sample spans {@code qty}. */
    private void event(String type, String units, HaePoint p, String bucket) {
        if (bucket != null) {
            aggregate(type, units, p, p.mainValue(), bucket, extra(p).put("value", p.value));
            return;
        }
        Moment start = start(p);
        Moment end = p.endDate;
        if (end == null) {
            Double seconds = seconds(p.mainValue(), units);
            end = seconds == null ? start : plus(start, Math.round(seconds * 1000));
        }
        category(type, "NotApplicable", p, start, end, metadata(p).put("HAEValue", p.value));
    }

    private void sexualActivity(String type, String units, HaePoint p, String bucket) {
        if (bucket != null) {
            double total = zero(p.unspecified) + zero(p.protectionUsed) + zero(p.protectionNotUsed);
            Double qty = p.isSexualActivity() ? Double.valueOf(total) : p.mainValue();
            aggregate(type, units == null ? "count" : units, p, qty, bucket, extra(p)
                    .put("Unspecified", p.unspecified).put("Protection Used", p.protectionUsed)
                    .put("Protection Not Used", p.protectionNotUsed));
            return;
        }
        Boolean protection = null;
        if (zero(p.protectionUsed) > 0 && zero(p.protectionNotUsed) == 0) {
            protection = Boolean.TRUE;
        } else if (zero(p.protectionNotUsed) > 0 && zero(p.protectionUsed) == 0) {
            protection = Boolean.FALSE;
        }
        category(type, "NotApplicable", p, start(p), end(p),
                metadata(p).put("HKMetadataKeySexualActivityProtectionUsed", protection));
    }

    private void aggregate(String type, String units, HaePoint p, Double qty, String bucket, HaeJson.Obj extra) {
        Moment start = start(p);
        sink.aggregate(new RawAggregate(p.path, type, start, HaeBuckets.end(start, bucket, zone), bucket, units,
                qty, null, null, null, extra.toJson(), HaeSources.info(p.anySource())));
    }

    /** A category sample named by its value, resolved to HealthKit's full enum name when the catalog knows it. */
    private void category(String type, String valueName, HaePoint p, Moment start, Moment end,
                          HaeJson.Obj metadata) {
        OptionalInt code = CategoryValues.code(type, valueName);
        String name = code.isPresent() ? CategoryValues.name(type, code.getAsInt()).orElse(valueName) : valueName;
        sink.sample(new RawSample(p.path, null, type, null, name, null, start, end, HaeSources.info(p.anySource()),
                null, metadata.toJson()));
    }

    /** Sources, blood glucose meal time, insulin delivery reason and sent metadata of a sample. */
    private static HaeJson.Obj metadata(HaePoint p) {
        HaeJson.Obj metadata = new HaeJson.Obj().putAll(p.metadata);
        HaeSources.addTo(metadata, p.anySource());
        metadata.putIfAbsent("HKMetadataKeyBloodGlucoseMealTime", HaeCategoryNames.mealTime(p.mealTime));
        metadata.putIfAbsent("HKMetadataKeyInsulinDeliveryReason", HaeCategoryNames.insulinReason(p.reason));
        return metadata;
    }

    /** What a bucket carries besides its value: the same as a sample's metadata. */
    private static HaeJson.Obj extra(HaePoint p) {
        return metadata(p);
    }

    private static Moment start(HaePoint p) {
        return p.date != null ? p.date : p.startDate;
    }

    private static Moment end(HaePoint p) {
        return p.endDate != null ? p.endDate : start(p);
    }

    private static Moment plus(Moment start, long millis) {
        return new Moment(start.epochMillis() + millis, start.offsetSeconds());
    }

    /** {@code qty} in seconds when its unit is a time unit, else null. */
    private static Double seconds(Double qty, String units) {
        if (qty == null || units == null || !Units.isKnown(units)) {
            return null;
        }
        try {
            return Units.convert(qty, units, "s");
        } catch (IncompatibleUnitException e) {
            return null;
        }
    }

    /** 100 for values sent in {@code %}, else 1: what a value is divided by. */
    static double percentDivisor(String units) {
        return units != null && units.strip().equals("%") ? 100.0 : 1.0;
    }

    /** Divides rather than multiplying by 0.01, so that 96.5 % becomes exactly the double nearest 0.965. */
    private static Double scale(Double value, double divisor) {
        if (value == null || divisor == 1.0) {
            return value;
        }
        return value / divisor;
    }

    private static boolean differs(Double value, Double avg) {
        return value != null && (avg == null || Double.compare(value, avg) != 0);
    }

    private static double zero(Double value) {
        return value == null ? 0 : value;
    }

    private static String iso(Moment moment) {
        return moment == null ? null : HaeJson.iso(moment);
    }
}
