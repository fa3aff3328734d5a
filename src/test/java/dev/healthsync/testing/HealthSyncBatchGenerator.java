package dev.healthsync.testing;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.UUID;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Streams a synthetic HealthSync bridge batch (docs/contracts.md#healthsync-bridge) of any size straight to an output stream, never
 * holding it in memory. Deterministic: the same options give the same bytes. Content depends only on
 * {@link #seed(long)} and the counts; UUIDs depend only on {@link #uuidPrefix(String)} and the record's index, so
 * tests can resend the same records under new UUIDs, or new content under the same UUIDs.
 * <p>
 * Sample {@code i} has type {@code i % 5} (StepCount, HeartRate, ActiveEnergyBurned, DistanceWalkingRunning,
 * SleepAnalysis by enum name) and starts {@code i} minutes after 2025-03-01T00:00:00+01:00, so every sample is a
 * distinct record. Workout {@code j} starts at 18:00+01:00 on day {@code j} after 2025-03-01 and carries a route of
 * one point per second.
 */
public final class HealthSyncBatchGenerator {

    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final ZoneOffset OFFSET = ZoneOffset.ofHours(1);
    private static final OffsetDateTime BASE = OffsetDateTime.of(2025, 3, 1, 0, 0, 0, 0, OFFSET);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final String[] SLEEP_STAGES = {"HKCategoryValueSleepAnalysisInBed",
        "HKCategoryValueSleepAnalysisAsleepCore", "HKCategoryValueSleepAnalysisAsleepDeep",
        "HKCategoryValueSleepAnalysisAsleepREM", "HKCategoryValueSleepAnalysisAwake"};
    private static final String WATCH_BUNDLE = "com.apple.health.5B2C9D1E-8F3A-4B7C-A2D6-1E0F9C8B7A65";

    private int samples = 100;
    private int workouts;
    private int routePointsPerWorkout = 60;
    private String batchId = "generated-batch-0001";
    private String deviceId = "generated-install-0001";
    private long seed = 20250304L;
    private String uuidPrefix = "gen";
    private List<String> deleted = List.of();

    public HealthSyncBatchGenerator samples(int n) {
        this.samples = requireNotNegative(n);
        return this;
    }

    public HealthSyncBatchGenerator workouts(int n) {
        this.workouts = requireNotNegative(n);
        return this;
    }

    public HealthSyncBatchGenerator routePointsPerWorkout(int n) {
        this.routePointsPerWorkout = requireNotNegative(n);
        return this;
    }

    /** The batch id to write; null leaves {@code batchId} out. */
    public HealthSyncBatchGenerator batchId(String batchId) {
        this.batchId = batchId;
        return this;
    }

    /** The installation id to write; null leaves {@code deviceId} out. */
    public HealthSyncBatchGenerator deviceId(String deviceId) {
        this.deviceId = deviceId;
        return this;
    }

    public HealthSyncBatchGenerator seed(long seed) {
        this.seed = seed;
        return this;
    }

    public HealthSyncBatchGenerator uuidPrefix(String uuidPrefix) {
        this.uuidPrefix = Objects.requireNonNull(uuidPrefix, "uuidPrefix");
        return this;
    }

    /** UUIDs to list in {@code deleted}, e.g. from {@link #sampleUuid(String, int)}; empty leaves the section out. */
    public HealthSyncBatchGenerator deleted(List<String> uuids) {
        this.deleted = List.copyOf(uuids);
        return this;
    }

    /** The UUID of sample {@code index} in a batch generated with {@code uuidPrefix}. */
    public static String sampleUuid(String uuidPrefix, int index) {
        return uuid(uuidPrefix, "sample", index);
    }

    /** The UUID of workout {@code index} in a batch generated with {@code uuidPrefix}. */
    public static String workoutUuid(String uuidPrefix, int index) {
        return uuid(uuidPrefix, "workout", index);
    }

    /** Writes the batch; the stream is flushed, not closed. */
    public void writeTo(OutputStream out) {
        SplittableRandom random = new SplittableRandom(seed);
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            if (batchId != null) {
                json.writeStringProperty("batchId", batchId);
            }
            if (deviceId != null) {
                json.writeStringProperty("deviceId", deviceId);
            }
            json.writeName("device");
            json.writeStartObject();
            json.writeStringProperty("name", "Ana’s iPhone");
            json.writeStringProperty("model", "iPhone16,1");
            json.writeStringProperty("systemVersion", "18.2");
            json.writeStringProperty("appVersion", "1.3.0");
            json.writeEndObject();
            json.writeArrayPropertyStart("samples");
            for (int i = 0; i < samples; i++) {
                writeSample(json, i, random);
            }
            json.writeEndArray();
            if (workouts > 0) {
                json.writeArrayPropertyStart("workouts");
                for (int j = 0; j < workouts; j++) {
                    writeWorkout(json, j, random);
                }
                json.writeEndArray();
            }
            if (!deleted.isEmpty()) {
                json.writeArrayPropertyStart("deleted");
                for (String uuid : deleted) {
                    json.writeStartObject();
                    json.writeStringProperty("uuid", uuid);
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeName("anchors");
            json.writeStartObject();
            json.writeStringProperty("HKQuantityTypeIdentifierStepCount", "anchor-" + seed + "-" + samples);
            json.writeEndObject();
            json.writeEndObject();
            json.flush();
        }
    }

    private void writeSample(JsonGenerator json, int i, SplittableRandom random) {
        OffsetDateTime start = BASE.plusMinutes(i);
        json.writeStartObject();
        json.writeStringProperty("uuid", sampleUuid(uuidPrefix, i));
        switch (i % 5) {
            case 0 -> quantity(json, "HKQuantityTypeIdentifierStepCount", random.nextInt(5, 180), "count",
                    start, start.plusSeconds(60));
            case 1 -> quantity(json, "HKQuantityTypeIdentifierHeartRate", random.nextInt(52, 165), "count/min",
                    start, start);
            case 2 -> quantity(json, "HKQuantityTypeIdentifierActiveEnergyBurned",
                    round(random.nextDouble(0.05, 9.0), 3), "kcal", start.withNano(123_000_000), start.plusSeconds(60));
            case 3 -> quantity(json, "HKQuantityTypeIdentifierDistanceWalkingRunning",
                    round(random.nextDouble(1.0, 160.0), 2), "m", start, start.plusSeconds(60));
            default -> {
                json.writeStringProperty("type", "HKCategoryTypeIdentifierSleepAnalysis");
                json.writeStringProperty("value", SLEEP_STAGES[random.nextInt(SLEEP_STAGES.length)]);
                json.writeStringProperty("startDate", ISO.format(start));
                json.writeStringProperty("endDate", ISO.format(start.plusSeconds(random.nextInt(300, 2400))));
            }
        }
        json.writeName("source");
        json.writeStartObject();
        json.writeStringProperty("name", "Ana’s Apple Watch");
        json.writeStringProperty("bundleId", WATCH_BUNDLE);
        json.writeStringProperty("version", "11.2");
        json.writeEndObject();
        writeWatch(json);
        if (i % 5 == 1) {
            json.writeName("metadata");
            json.writeStartObject();
            json.writeNumberProperty("HKMetadataKeyHeartRateMotionContext", random.nextInt(0, 3));
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void quantity(JsonGenerator json, String type, double value, String unit,
                                 OffsetDateTime start, OffsetDateTime end) {
        json.writeStringProperty("type", type);
        if (value == Math.rint(value)) {
            json.writeNumberProperty("value", (long) value);
        } else {
            json.writeNumberProperty("value", value);
        }
        json.writeStringProperty("unit", unit);
        json.writeStringProperty("startDate", ISO.format(start));
        json.writeStringProperty("endDate", ISO.format(end));
    }

    private void writeWorkout(JsonGenerator json, int j, SplittableRandom random) {
        OffsetDateTime start = BASE.plusDays(j).withHour(18);
        int seconds = Math.max(routePointsPerWorkout, 1200 + random.nextInt(0, 2400));
        OffsetDateTime end = start.plusSeconds(seconds);
        json.writeStartObject();
        json.writeStringProperty("uuid", workoutUuid(uuidPrefix, j));
        json.writeStringProperty("activityType", "HKWorkoutActivityTypeRunning");
        json.writeStringProperty("startDate", ISO.format(start));
        json.writeStringProperty("endDate", ISO.format(end));
        json.writeNumberProperty("duration", seconds);
        json.writeObjectPropertyStart("statistics");
        json.writeObjectPropertyStart("HKQuantityTypeIdentifierDistanceWalkingRunning");
        json.writeNumberProperty("sum", round(seconds * random.nextDouble(2.2, 3.4), 1));
        json.writeStringProperty("unit", "m");
        json.writeEndObject();
        int min = random.nextInt(90, 110);
        json.writeObjectPropertyStart("HKQuantityTypeIdentifierHeartRate");
        json.writeNumberProperty("min", min);
        json.writeNumberProperty("avg", min + random.nextInt(25, 45));
        json.writeNumberProperty("max", min + random.nextInt(50, 75));
        json.writeStringProperty("unit", "count/min");
        json.writeEndObject();
        json.writeEndObject();
        json.writeArrayPropertyStart("events");
        json.writeStartObject();
        json.writeStringProperty("type", "HKWorkoutEventTypePause");
        json.writeStringProperty("date", ISO.format(start.plusSeconds(seconds / 2)));
        json.writeEndObject();
        json.writeStartObject();
        json.writeStringProperty("type", "HKWorkoutEventTypeResume");
        json.writeStringProperty("date", ISO.format(start.plusSeconds(seconds / 2 + 30)));
        json.writeEndObject();
        json.writeEndArray();
        json.writeArrayPropertyStart("route");
        double latitude = 48.1371;
        double longitude = 11.5754;
        double altitude = 519.0;
        for (int k = 0; k < routePointsPerWorkout; k++) {
            latitude += random.nextDouble(-0.00003, 0.00003);
            longitude += random.nextDouble(-0.00003, 0.00003);
            altitude += random.nextDouble(-0.3, 0.3);
            json.writeStartObject();
            json.writeStringProperty("timestamp", ISO.format(start.plusSeconds(k)));
            json.writeNumberProperty("latitude", round(latitude, 6));
            json.writeNumberProperty("longitude", round(longitude, 6));
            json.writeNumberProperty("altitude", round(altitude, 1));
            json.writeNumberProperty("speed", round(random.nextDouble(2.2, 3.4), 2));
            json.writeNumberProperty("course", round(random.nextDouble(0, 360), 1));
            json.writeNumberProperty("horizontalAccuracy", round(random.nextDouble(2, 8), 1));
            json.writeNumberProperty("verticalAccuracy", round(random.nextDouble(2, 6), 1));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeName("source");
        json.writeStartObject();
        json.writeStringProperty("name", "Ana’s Apple Watch");
        json.writeStringProperty("bundleId", WATCH_BUNDLE);
        json.writeEndObject();
        writeWatch(json);
        json.writeEndObject();
    }

    private static void writeWatch(JsonGenerator json) {
        json.writeName("device");
        json.writeStartObject();
        json.writeStringProperty("name", "Apple Watch");
        json.writeStringProperty("manufacturer", "Apple Inc.");
        json.writeStringProperty("model", "Watch");
        json.writeStringProperty("hardwareVersion", "Watch7,3");
        json.writeStringProperty("softwareVersion", "11.2");
        json.writeEndObject();
    }

    private static String uuid(String prefix, String kind, int index) {
        byte[] name = (prefix + "/" + kind + "/" + index).getBytes(StandardCharsets.UTF_8);
        return UUID.nameUUIDFromBytes(name).toString().toUpperCase(java.util.Locale.ROOT);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    private static int requireNotNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        return n;
    }
}
