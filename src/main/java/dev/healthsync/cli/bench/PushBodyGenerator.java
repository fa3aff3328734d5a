package dev.healthsync.cli.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Streams a Health Export Pro push body (docs/contracts.md#health-export-pro) of about a given size to a file: the envelope,
 * {@code characteristics}, one {@code data} array per sample type, runs under {@code workouts} and their
 * routes (one point a second) under {@code workoutRoutes}. Samples start on 2025-03-01, after the generated export
 * ends, one a minute per type, so a push into the benchmark's user adds new records. Deterministic for a seed.
 */
public final class PushBodyGenerator {

    static final List<String> TYPES = List.of("HKQuantityTypeIdentifierStepCount", "HKQuantityTypeIdentifierHeartRate",
            "HKQuantityTypeIdentifierActiveEnergyBurned", "HKQuantityTypeIdentifierDistanceWalkingRunning",
            "HKCategoryTypeIdentifierSleepAnalysis");
    /** Runs per body: one per 5 MB, at most ten (a tenth of the body, as in a day's push of a busy watch). */
    private static final int MAX_WORKOUTS = 10;
    private static final int ROUTE_POINTS = 1_800;
    /** Bytes a sample takes in the body, measured: the sample count for a size follows from it. */
    private static final int SAMPLE_BYTES = 196;
    private static final int ROUTE_POINT_BYTES = 205;
    private static final OffsetDateTime BASE = OffsetDateTime.of(2025, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX",
            Locale.ROOT);
    private static final String[] SLEEP = {"HKCategoryValueSleepAnalysisAsleepCore",
        "HKCategoryValueSleepAnalysisAsleepDeep", "HKCategoryValueSleepAnalysisAsleepREM",
        "HKCategoryValueSleepAnalysisAwake"};
    private static final String WATCH = "Ana’s Apple Watch";
    private static final String PHONE = "Ana’s iPhone";

    private final long bytes;
    private final long seed;

    public PushBodyGenerator(long bytes, long seed) {
        this.bytes = bytes;
        this.seed = seed;
    }

    /** What a generated body holds. */
    public record GeneratedBody(Path file, long bytes, long samples, long workouts, long routePoints) {

        /** Records the push decodes: samples, workouts and the characteristics document. */
        public long records() {
            return samples + workouts + 1;
        }
    }

    public GeneratedBody write(Path file) {
        int workouts = (int) Math.max(1, Math.min(MAX_WORKOUTS, bytes / 5_000_000));
        int samples = (int) Math.max(TYPES.size(), (bytes - (long) workouts * ROUTE_POINTS * ROUTE_POINT_BYTES)
                / SAMPLE_BYTES);
        Draws draws = new Draws(seed);
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator json = new JsonFactory().createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            json.writeStringProperty("exportDate", ISO.format(BASE.plusMinutes(samples).plusDays(1)));
            json.writeStringProperty("startDate", ISO.format(BASE));
            json.writeStringProperty("endDate", ISO.format(BASE.plusMinutes(samples)));
            json.writeStringProperty("syncSource", "background-delivery");
            json.writeObjectPropertyStart("characteristics");
            json.writeStringProperty("biologicalSex", "female");
            json.writeStringProperty("bloodType", "A+");
            json.writeStringProperty("dateOfBirth", "1990-05-20");
            json.writeEndObject();
            json.writeObjectPropertyStart("data");
            for (int type = 0; type < TYPES.size(); type++) {
                json.writeArrayPropertyStart(TYPES.get(type));
                for (int i = type; i < samples; i += TYPES.size()) {
                    sample(json, i, draws.at(1, i));
                }
                json.writeEndArray();
            }
            json.writeArrayPropertyStart("workouts");
            for (int w = 0; w < workouts; w++) {
                workout(json, w, draws.at(2, w));
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeObjectPropertyStart("workoutRoutes");
            for (int w = 0; w < workouts; w++) {
                route(json, w, draws.at(3, w));
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new GeneratedBody(file, Files.size(file), samples, workouts, (long) workouts * ROUTE_POINTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sample(JsonGenerator json, int i, Draws d) {
        OffsetDateTime start = BASE.plusMinutes(i);
        json.writeStartObject();
        json.writeStringProperty("uuid", uuid(d));
        switch (i % TYPES.size()) {
            case 0 -> quantity(json, d.between(5, 180), "count", start, start.plusSeconds(60), PHONE);
            case 1 -> {
                quantity(json, d.between(52, 165), "count/min", start, start, WATCH);
                json.writeObjectPropertyStart("metadata");
                json.writeNumberProperty("HKMetadataKeyHeartRateMotionContext", d.below(3));
                json.writeEndObject();
            }
            case 2 -> quantity(json, d.between(50, 9_000) / 1000.0, "kcal", start, start.plusSeconds(60), WATCH);
            case 3 -> quantity(json, d.between(100, 16_000) / 100.0, "m", start, start.plusSeconds(60), PHONE);
            default -> {
                json.writeStringProperty("value", SLEEP[(int) d.below(SLEEP.length)]);
                json.writeNullProperty("unit");
                json.writeStringProperty("startDate", ISO.format(start));
                json.writeStringProperty("endDate", ISO.format(start.plusSeconds(d.between(60, 290))));
                json.writeStringProperty("sourceName", WATCH);
            }
        }
        json.writeEndObject();
    }

    private static void quantity(JsonGenerator json, double value, String unit, OffsetDateTime start,
                                 OffsetDateTime end, String source) {
        if (value == Math.rint(value)) {
            json.writeNumberProperty("value", (long) value);
        } else {
            json.writeNumberProperty("value", value);
        }
        json.writeStringProperty("unit", unit);
        json.writeStringProperty("startDate", ISO.format(start));
        json.writeStringProperty("endDate", ISO.format(end));
        json.writeStringProperty("sourceName", source);
    }

    private void workout(JsonGenerator json, int w, Draws d) {
        OffsetDateTime start = BASE.plusDays(w).withHour(17);
        json.writeStartObject();
        json.writeStringProperty("uuid", workoutUuid(w));
        json.writeStringProperty("workoutActivityType", "HKWorkoutActivityTypeRunning");
        json.writeStringProperty("startDate", ISO.format(start));
        json.writeStringProperty("endDate", ISO.format(start.plusSeconds(ROUTE_POINTS)));
        json.writeNumberProperty("durationSeconds", ROUTE_POINTS);
        json.writeObjectPropertyStart("totalDistance");
        json.writeNumberProperty("value", d.between(4_500, 5_800));
        json.writeStringProperty("unit", "m");
        json.writeEndObject();
        json.writeObjectPropertyStart("totalEnergyBurned");
        json.writeNumberProperty("value", d.between(280, 420));
        json.writeStringProperty("unit", "kcal");
        json.writeEndObject();
        json.writeObjectPropertyStart("metadata");
        json.writeNumberProperty("HKIndoorWorkout", 0);
        json.writeStringProperty("HKTimeZone", ExportDates.ZONE);
        json.writeEndObject();
        json.writeStringProperty("sourceName", WATCH);
        json.writeEndObject();
    }

    private void route(JsonGenerator json, int w, Draws d) {
        OffsetDateTime start = BASE.plusDays(w).withHour(17);
        json.writeArrayPropertyStart(workoutUuid(w));
        double latitude = 52.36;
        double longitude = 4.8852;
        for (int k = 0; k < ROUTE_POINTS; k++) {
            latitude += d.between(-0.00003, 0.00003);
            longitude += d.between(-0.00003, 0.00003);
            json.writeStartObject();
            json.writeNumberProperty("latitude", Math.round(latitude * 1e6) / 1e6);
            json.writeNumberProperty("longitude", Math.round(longitude * 1e6) / 1e6);
            json.writeNumberProperty("altitude", d.between(10, 400) / 10.0);
            json.writeStringProperty("timestamp", ISO.format(start.plusSeconds(k)));
            json.writeNumberProperty("speed", d.between(220, 340) / 100.0);
            json.writeNumberProperty("course", d.between(0, 3599) / 10.0);
            json.writeNumberProperty("horizontalAccuracy", d.between(20, 80) / 10.0);
            json.writeNumberProperty("verticalAccuracy", d.between(20, 60) / 10.0);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private String workoutUuid(int w) {
        return uuid(new Draws(seed).at(4, w));
    }

    private static String uuid(Draws d) {
        long high = (d.nextLong() & ~0xF000L) | 0x4000L;
        long low = (d.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString().toUpperCase(Locale.ROOT);
    }
}
