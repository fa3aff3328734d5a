package dev.healthsync.testing;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.UUID;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Streams a synthetic Health Export Pro push body (docs/contracts.md#health-export-pro) of any size straight to an output stream, never
 * holding it in memory. Deterministic: the same options give the same bytes. Content depends only on
 * {@link #seed(long)} and the counts; UUIDs depend only on {@link #uuidPrefix(String)} and the record's index, so
 * tests can resend the same records under new UUIDs, or new content under the same UUIDs.
 * <p>
 * Shape, as the app's guide shows it: envelope, {@code characteristics}, {@code data} with one array per type,
 * then {@code workouts}, {@code medications}, {@code medicationDoseEvents}, and {@code workoutRoutes} after
 * {@code data}. Sample {@code i} has type {@code i % 5} ({@link #SAMPLE_TYPES}) and starts {@code i} minutes after
 * 2025-03-01T00:00:00Z, so every sample is a distinct record; the arrays are written type by type. Dates are
 * UTC with milliseconds ({@code 2025-03-01T00:01:00.000Z}), as in the guide. Sleep stages are enum names with a
 * null unit. Workout {@code j} is a run at 18:00Z on day {@code j} with totals, two events and a route of one
 * point per second under {@code workoutRoutes}. Each medication has {@value #DOSES_PER_MEDICATION} dose events.
 * About 200 bytes per sample: 250,000 samples make a body of about 50 MB.
 * <p>
 * Decoded, a body holds exactly: {@code samples} samples, {@code workouts} workouts, a route of
 * {@code routePointsPerWorkout} points per workout (none when 0), and {@code medications} medication documents,
 * {@code medications * DOSES_PER_MEDICATION} dose documents and one characteristics document; no rejects, nothing
 * ignored.
 */
public final class ExportProBodyGenerator {

    public static final List<String> SAMPLE_TYPES = List.of("HKQuantityTypeIdentifierStepCount",
            "HKQuantityTypeIdentifierHeartRate", "HKQuantityTypeIdentifierActiveEnergyBurned",
            "HKQuantityTypeIdentifierDistanceWalkingRunning", "HKCategoryTypeIdentifierSleepAnalysis");
    public static final int DOSES_PER_MEDICATION = 2;

    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final OffsetDateTime BASE = OffsetDateTime.of(2025, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX", Locale.ROOT);
    private static final String[] SLEEP_STAGES = {"HKCategoryValueSleepAnalysisInBed",
        "HKCategoryValueSleepAnalysisAsleepCore", "HKCategoryValueSleepAnalysisAsleepDeep",
        "HKCategoryValueSleepAnalysisAsleepREM", "HKCategoryValueSleepAnalysisAwake"};
    private static final String[][] MEDICATIONS = {{"Ibuprofen 400 mg Oral Tablet", "tablet"},
        {"Levothyroxine 50 mcg Oral Tablet", "tablet"}, {"Vitamin D3 1000 IU Oral Capsule", "capsule"}};
    private static final String WATCH = "Ana’s Apple Watch";
    private static final String WATCH_BUNDLE = "com.apple.health.5B2C9D1E-8F3A-4B7C-A2D6-1E0F9C8B7A65";
    private static final String PHONE = "Ana’s iPhone";

    private int samples = 100;
    private int workouts;
    private int routePointsPerWorkout = 60;
    private int medications;
    private long seed = 20250304L;
    private String uuidPrefix = "hep";

    public ExportProBodyGenerator samples(int n) {
        this.samples = requireNotNegative(n);
        return this;
    }

    public ExportProBodyGenerator workouts(int n) {
        this.workouts = requireNotNegative(n);
        return this;
    }

    public ExportProBodyGenerator routePointsPerWorkout(int n) {
        this.routePointsPerWorkout = requireNotNegative(n);
        return this;
    }

    /** Medication definitions; each also gets {@link #DOSES_PER_MEDICATION} dose events. */
    public ExportProBodyGenerator medications(int n) {
        this.medications = requireNotNegative(n);
        return this;
    }

    public ExportProBodyGenerator seed(long seed) {
        this.seed = seed;
        return this;
    }

    public ExportProBodyGenerator uuidPrefix(String uuidPrefix) {
        this.uuidPrefix = Objects.requireNonNull(uuidPrefix, "uuidPrefix");
        return this;
    }

    /** The UUID of sample {@code index} in a body generated with {@code uuidPrefix}. */
    public static String sampleUuid(String uuidPrefix, int index) {
        return uuid(uuidPrefix, "sample", index);
    }

    /** The UUID of workout {@code index}, also its key in {@code workoutRoutes}. */
    public static String workoutUuid(String uuidPrefix, int index) {
        return uuid(uuidPrefix, "workout", index);
    }

    public static String medicationUuid(String uuidPrefix, int index) {
        return uuid(uuidPrefix, "medication", index);
    }

    /** The UUID of dose event {@code index} (medication {@code index / DOSES_PER_MEDICATION}). */
    public static String doseUuid(String uuidPrefix, int index) {
        return uuid(uuidPrefix, "dose", index);
    }

    /** Writes the body; the stream is flushed, not closed. */
    public void writeTo(OutputStream out) {
        SplittableRandom random = new SplittableRandom(seed);
        OffsetDateTime last = BASE.plusMinutes(Math.max(samples, 1)).plusDays(workouts);
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            json.writeStringProperty("exportDate", ISO.format(last.plusHours(1)));
            json.writeStringProperty("startDate", ISO.format(BASE));
            json.writeStringProperty("endDate", ISO.format(last));
            json.writeStringProperty("syncSource", "background-delivery");
            json.writeObjectPropertyStart("characteristics");
            json.writeStringProperty("biologicalSex", "female");
            json.writeStringProperty("bloodType", "A+");
            json.writeStringProperty("dateOfBirth", "1990-05-17");
            json.writeStringProperty("wheelchairUse", "no");
            json.writeStringProperty("activityMoveMode", "activeEnergy");
            json.writeEndObject();
            json.writeObjectPropertyStart("data");
            for (int type = 0; type < SAMPLE_TYPES.size(); type++) {
                json.writeArrayPropertyStart(SAMPLE_TYPES.get(type));
                for (int i = type; i < samples; i += SAMPLE_TYPES.size()) {
                    writeSample(json, i, random);
                }
                json.writeEndArray();
            }
            WorkoutWriter workoutWriter = new WorkoutWriter(json, uuidPrefix, routePointsPerWorkout);
            if (workouts > 0) {
                json.writeArrayPropertyStart("workouts");
                for (int j = 0; j < workouts; j++) {
                    workoutWriter.workout(j, BASE.plusDays(j).withHour(18), random);
                }
                json.writeEndArray();
            }
            if (medications > 0) {
                writeMedications(json);
            }
            json.writeEndObject();
            if (workouts > 0 && routePointsPerWorkout > 0) {
                json.writeObjectPropertyStart("workoutRoutes");
                for (int j = 0; j < workouts; j++) {
                    workoutWriter.route(j, BASE.plusDays(j).withHour(18), random);
                }
                json.writeEndObject();
            }
            json.writeEndObject();
            json.flush();
        }
    }

    private void writeSample(JsonGenerator json, int i, SplittableRandom random) {
        OffsetDateTime start = BASE.plusMinutes(i);
        json.writeStartObject();
        json.writeStringProperty("uuid", sampleUuid(uuidPrefix, i));
        switch (i % SAMPLE_TYPES.size()) {
            case 0 -> quantity(json, random.nextInt(5, 180), "count", start, start.plusSeconds(60), PHONE);
            case 1 -> {
                quantity(json, random.nextInt(52, 165), "count/min", start, start, WATCH);
                json.writeObjectPropertyStart("metadata");
                json.writeNumberProperty("HKMetadataKeyHeartRateMotionContext", random.nextInt(0, 3));
                json.writeEndObject();
            }
            case 2 -> quantity(json, round(random.nextDouble(0.05, 9.0), 3), "kcal", start, start.plusSeconds(60),
                    WATCH);
            case 3 -> quantity(json, round(random.nextDouble(1.0, 160.0), 2), "m", start, start.plusSeconds(60),
                    PHONE);
            default -> {
                json.writeStringProperty("value", SLEEP_STAGES[random.nextInt(SLEEP_STAGES.length)]);
                json.writeNullProperty("unit");
                json.writeStringProperty("startDate", ISO.format(start));
                json.writeStringProperty("endDate", ISO.format(start.plusSeconds(random.nextInt(300, 2400))));
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

    private void writeMedications(JsonGenerator json) {
        json.writeArrayPropertyStart("medications");
        for (int m = 0; m < medications; m++) {
            String[] medication = MEDICATIONS[m % MEDICATIONS.length];
            json.writeStartObject();
            json.writeStringProperty("uuid", medicationUuid(uuidPrefix, m));
            json.writeStringProperty("displayText", medication[0]);
            json.writeStringProperty("generalForm", medication[1]);
            json.writeStringProperty("medicationConceptIdentifier", "concept-" + m);
            json.writeBooleanProperty("isArchived", false);
            json.writeBooleanProperty("hasSchedule", true);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("medicationDoseEvents");
        for (int d = 0; d < medications * DOSES_PER_MEDICATION; d++) {
            int m = d / DOSES_PER_MEDICATION;
            OffsetDateTime scheduled = BASE.plusDays(d % DOSES_PER_MEDICATION).withHour(8);
            json.writeStartObject();
            json.writeStringProperty("uuid", doseUuid(uuidPrefix, d));
            json.writeStringProperty("medicationUuid", medicationUuid(uuidPrefix, m));
            json.writeStringProperty("medicationConceptIdentifier", "concept-" + m);
            json.writeStringProperty("logStatus", d % 5 == 4 ? "skipped" : "taken");
            json.writeNumberProperty("doseQuantity", 1);
            json.writeStringProperty("unit", MEDICATIONS[m % MEDICATIONS.length][1]);
            json.writeStringProperty("scheduledDate", ISO.format(scheduled));
            json.writeStringProperty("startDate", ISO.format(scheduled.plusMinutes(7 + m)));
            json.writeStringProperty("sourceName", "Health");
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static String iso(OffsetDateTime time) {
        return ISO.format(time);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    private static String uuid(String prefix, String kind, int index) {
        byte[] name = (prefix + "/" + kind + "/" + index).getBytes(StandardCharsets.UTF_8);
        return UUID.nameUUIDFromBytes(name).toString().toUpperCase(Locale.ROOT);
    }

    private static int requireNotNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        return n;
    }

    /** Workouts and their routes; the route of workout {@code j} is written apart from it, under its UUID. */
    private static final class WorkoutWriter {

        private final JsonGenerator json;
        private final String uuidPrefix;
        private final int points;

        WorkoutWriter(JsonGenerator json, String uuidPrefix, int points) {
            this.json = json;
            this.uuidPrefix = uuidPrefix;
            this.points = points;
        }

        void workout(int j, OffsetDateTime start, SplittableRandom random) {
            int seconds = Math.max(points, 1200 + random.nextInt(0, 2400));
            json.writeStartObject();
            json.writeStringProperty("uuid", workoutUuid(uuidPrefix, j));
            json.writeStringProperty("workoutActivityType", "HKWorkoutActivityTypeRunning");
            json.writeStringProperty("startDate", iso(start));
            json.writeStringProperty("endDate", iso(start.plusSeconds(seconds)));
            json.writeNumberProperty("durationSeconds", seconds);
            json.writeObjectPropertyStart("totalDistance");
            json.writeNumberProperty("value", round(seconds * random.nextDouble(2.2, 3.4), 1));
            json.writeStringProperty("unit", "m");
            json.writeEndObject();
            json.writeObjectPropertyStart("totalEnergyBurned");
            json.writeNumberProperty("value", round(seconds * random.nextDouble(0.15, 0.25), 1));
            json.writeStringProperty("unit", "kcal");
            json.writeEndObject();
            json.writeArrayPropertyStart("events");
            event("HKWorkoutEventTypePause", start.plusSeconds(seconds / 2));
            event("HKWorkoutEventTypeResume", start.plusSeconds(seconds / 2 + 30));
            json.writeEndArray();
            json.writeObjectPropertyStart("metadata");
            json.writeNumberProperty("HKIndoorWorkout", 0);
            json.writeStringProperty("HKTimeZone", "Europe/Berlin");
            json.writeEndObject();
            json.writeStringProperty("sourceName", WATCH);
            json.writeStringProperty("sourceBundleId", WATCH_BUNDLE);
            json.writeEndObject();
        }

        private void event(String type, OffsetDateTime date) {
            json.writeStartObject();
            json.writeStringProperty("type", type);
            json.writeStringProperty("startDate", iso(date));
            json.writeStringProperty("endDate", iso(date));
            json.writeEndObject();
        }

        void route(int j, OffsetDateTime start, SplittableRandom random) {
            json.writeArrayPropertyStart(workoutUuid(uuidPrefix, j));
            double latitude = 48.1371;
            double longitude = 11.5754;
            double altitude = 519.0;
            for (int k = 0; k < points; k++) {
                latitude += random.nextDouble(-0.00003, 0.00003);
                longitude += random.nextDouble(-0.00003, 0.00003);
                altitude += random.nextDouble(-0.3, 0.3);
                json.writeStartObject();
                json.writeNumberProperty("latitude", round(latitude, 6));
                json.writeNumberProperty("longitude", round(longitude, 6));
                json.writeNumberProperty("altitude", round(altitude, 1));
                json.writeStringProperty("timestamp", iso(start.plusSeconds(k)));
                json.writeNumberProperty("speed", round(random.nextDouble(2.2, 3.4), 2));
                json.writeNumberProperty("course", round(random.nextDouble(0, 360), 1));
                json.writeNumberProperty("horizontalAccuracy", round(random.nextDouble(2, 8), 1));
                json.writeNumberProperty("verticalAccuracy", round(random.nextDouble(2, 6), 1));
                json.writeEndObject();
            }
            json.writeEndArray();
        }
    }
}
