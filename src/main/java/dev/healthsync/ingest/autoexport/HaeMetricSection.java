package dev.healthsync.ingest.autoexport;

import dev.healthsync.ingest.autoexport.HaeMetric.Kind;
import dev.healthsync.ingest.decoder.JsonCursor;
import dev.healthsync.ingest.decoder.JsonPaths;
import java.io.ByteArrayOutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;

/**
 * Reads one element of {@code metrics} ({@code {name, units, data: [points]}}) and hands each point on as soon as
 * its series allows (see {@link HaeBuckets.Detector}).
 * <p>
 * The app writes an object's keys in a different order on every export, so {@code data} often comes before
 * {@code name} and {@code units} (the real payloads show both). The points cannot be typed before those are known:
 * in that case the {@code data} array is held as its compact JSON bytes until the metric's object ends, then read
 * from them. That is the one place memory follows the size of the body, bounded by one metric's array.
 */
final class HaeMetricSection {

    private final HaeReader in;
    private final HaePointEmitter emitter;

    HaeMetricSection(HaeReader in) {
        this.in = in;
        this.emitter = new HaePointEmitter(in.sink(), in.zone());
    }

    /** Reads the metric object the parser is on. */
    void read(String path) {
        String name = null;
        String units = null;
        byte[] heldData = null;
        boolean dataRead = false;
        String field;
        while ((field = in.nextField()) != null) {
            switch (field) {
                case "name" -> name = in.string(path, field);
                case "units" -> units = in.string(path, field);
                case "data" -> {
                    if (!in.startArray(path, field)) {
                        continue;
                    }
                    if (name != null && units != null) {
                        readData(in, path, name, units);
                        dataRead = true;
                    } else {
                        heldData = hold(in.parser());
                    }
                }
                default -> in.ignore(path, field);
            }
        }
        if (name == null || name.isBlank()) {
            throw JsonCursor.invalid(path, "name", "missing");
        }
        if (heldData != null) {
            try (JsonParser replay = HaeJson.FACTORY.createParser(ObjectReadContext.empty(), heldData)) {
                replay.nextToken();
                readData(new HaeReader(replay, in.options(), in.sink()), path, name, units);
            }
        } else if (!dataRead && HaeMetricNames.find(name) == null) {
            in.sink().ignored(path);
        }
    }

    /** Reads the points of a {@code data} array the parser is on, or skips it when the metric is not known. */
    private void readData(HaeReader reader, String path, String name, String units) {
        HaeMetric metric = HaeMetricNames.find(name);
        if (metric == null) {
            reader.sink().ignored(path);
            reader.skip();
            return;
        }
        Series series = new Series(metric, units, reader.options().fixedBucket(),
                HaeOptions.NONE.equals(reader.options().aggregation()));
        reader.eachRecord(JsonPaths.field(path, "data"), pointPath -> series.accept(HaePoint.read(reader, pointPath)));
        series.finish();
    }

    private static byte[] hold(JsonParser parser) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (JsonGenerator generator = HaeJson.FACTORY.createGenerator(ObjectWriteContext.empty(), bytes)) {
            generator.copyCurrentStructureExact(parser);
        }
        return bytes.toByteArray();
    }

    /** The points of one metric: validated as read, then emitted as buckets or samples. */
    private final class Series {

        private final HaeMetric metric;
        private final String units;
        private final String fixedBucket;
        private final boolean raw;
        private final HaeBuckets.Detector<HaePoint> detector;

        Series(HaeMetric metric, String units, String fixedBucket, boolean raw) {
            this.metric = metric;
            this.units = units;
            this.fixedBucket = fixedBucket;
            this.raw = raw;
            this.detector = new HaeBuckets.Detector<>((point, bucket) -> emitter.emit(metric, units, point, bucket));
        }

        void accept(HaePoint p) {
            validate(p);
            if (metric.kind() == Kind.SLEEP) {
                emitter.sleep(metric.type(), units, p);
            } else if (p.isRange()) {
                emitter.emit(metric, units, p, null);
            } else if (fixedBucket != null) {
                emitter.emit(metric, units, p, fixedBucket);
            } else if (raw) {
                emitter.emit(metric, units, p, null);
            } else {
                detector.offer(p, p.date);
            }
        }

        void finish() {
            detector.finish();
        }

        /** Rejects, by path, a point that has no date or no value of its metric's shape. */
        private void validate(HaePoint p) {
            if (p.date == null && p.startDate == null) {
                throw JsonCursor.invalid(p.path, "date", "missing");
            }
            if (metric.kind() == Kind.SLEEP) {
                if (p.isSleepSegment() && p.endDate == null) {
                    throw JsonCursor.invalid(p.path, "endDate", "missing");
                }
                if (!p.isSleepSegment() && !p.isSleepSummary() && p.qty == null) {
                    throw JsonCursor.invalid(p.path, p.value != null ? "startDate" : "totalSleep", "missing");
                }
            } else if (metric.kind() == Kind.BLOOD_PRESSURE) {
                if (!p.isBloodPressure()) {
                    throw JsonCursor.invalid(p.path, "systolic", "missing");
                }
            } else if (metric.kind() == Kind.SEXUAL_ACTIVITY || metric.kind() == Kind.CATEGORY_EVENT) {
                if (p.mainValue() == null && !p.isSexualActivity() && p.endDate == null) {
                    throw JsonCursor.invalid(p.path, "qty", "missing");
                }
            } else if (p.mainValue() == null) {
                throw JsonCursor.invalid(p.path, p.hasStats() ? "Avg" : "qty", "missing");
            }
        }
    }
}
