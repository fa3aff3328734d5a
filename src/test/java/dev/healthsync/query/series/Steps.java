package dev.healthsync.query.series;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hand-written HealthSync bridge batches: each sample spelled out, so expected totals can be computed by hand. Public
 * for the reads built on series (the daily summary).
 */
public final class Steps {

    public static final String STEPS = "HKQuantityTypeIdentifierStepCount";
    public static final String WATCH = "Ana’s Apple Watch";
    public static final String PHONE = "Ana’s iPhone";
    public static final String MANUAL = "Health";
    public static final String GARMIN = "Connect";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Map<String, Object>> samples = new ArrayList<>();

    public Steps add(String type, String source, String start, String end, double value) {
        return add(type, source, start, end, value, Map.of());
    }

    public Steps add(String type, String source, String start, String end, Object value,
                     Map<String, Object> metadata) {
        Map<String, Object> sample = new LinkedHashMap<>();
        sample.put("uuid", UUID.nameUUIDFromBytes((type + source + start + end + value).getBytes()).toString());
        sample.put("type", type);
        sample.put("value", value);
        if (value instanceof Number) {
            sample.put("unit", unit(type));
        }
        sample.put("startDate", start);
        sample.put("endDate", end);
        sample.put("source", source(source));
        Map<String, Object> device = device(source);
        if (device != null) {
            sample.put("device", device);
        }
        Map<String, Object> meta = new LinkedHashMap<>(metadata);
        if (MANUAL.equals(source)) {
            meta.put("HKWasUserEntered", 1);
        }
        if (!meta.isEmpty()) {
            sample.put("metadata", meta);
        }
        samples.add(sample);
        return this;
    }

    public Steps steps(String source, String start, String end, double value) {
        return add(STEPS, source, start, end, value);
    }

    /** The uuid {@link #add} gives a sample, for deleting it. */
    static String uuidOf(String type, String source, String start, String end, Object value) {
        return UUID.nameUUIDFromBytes((type + source + start + end + value).getBytes()).toString();
    }

    public byte[] batch() {
        return batch(List.of());
    }

    byte[] batch(List<String> deleted) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("batchId", UUID.randomUUID().toString());
        body.put("deviceId", "hand-written");
        body.put("samples", samples);
        body.put("deleted", deleted.stream().map(uuid -> Map.of("uuid", uuid)).toList());
        return JSON.writeValueAsBytes(body);
    }

    private static String unit(String type) {
        return switch (type) {
            case "HKQuantityTypeIdentifierHeartRate", "HKQuantityTypeIdentifierRestingHeartRate" -> "count/min";
            case "HKQuantityTypeIdentifierHeartRateVariabilitySDNN" -> "ms";
            case "HKQuantityTypeIdentifierBodyMass" -> "kg";
            case "HKQuantityTypeIdentifierVO2Max" -> "mL/min·kg";
            case "HKQuantityTypeIdentifierActiveEnergyBurned", "HKQuantityTypeIdentifierBasalEnergyBurned" -> "kcal";
            case "HKQuantityTypeIdentifierDistanceWalkingRunning" -> "m";
            case "HKQuantityTypeIdentifierAppleExerciseTime" -> "min";
            default -> "count";
        };
    }

    private static Map<String, Object> source(String name) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("name", name);
        source.put("bundleId", switch (name) {
            case WATCH -> "com.apple.health.5B2C9F10";
            case PHONE -> "com.apple.health.81A2B3C4";
            case MANUAL -> "com.apple.Health";
            default -> "com.garmin.connect.mobile";
        });
        source.put("version", "11.2");
        return source;
    }

    private static Map<String, Object> device(String source) {
        return switch (source) {
            case WATCH -> Map.of("name", "Apple Watch", "manufacturer", "Apple Inc.", "model", "Watch",
                    "hardwareVersion", "Watch7,3", "softwareVersion", "11.2");
            case PHONE -> Map.of("name", "iPhone", "manufacturer", "Apple Inc.", "model", "iPhone",
                    "hardwareVersion", "iPhone16,1", "softwareVersion", "18.2");
            default -> null;
        };
    }
}
