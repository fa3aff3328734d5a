package dev.healthsync.cli.push;

import dev.healthsync.pipeline.RawStatistic;
import dev.healthsync.pipeline.RawWorkout;
import tools.jackson.core.JsonGenerator;

/**
 * A workout as Health Auto Export's v2 writes it: {@code id}, {@code name}, {@code start}, {@code end},
 * {@code duration}, summary quantities as {@code {qty, units}} and the {@code route}. The app has summary fields
 * for a few statistics only (energy, distance, heart rate, steps, flights, strokes, intensity); the others stay
 * behind, and so do workout events, which the app does not export.
 */
final class AutoExportWorkouts {

    private static final String Q = "HKQuantityTypeIdentifier";
    private static final String ACTIVITY_PREFIX = "HKWorkoutActivityType";

    private AutoExportWorkouts() {
    }

    static void write(JsonGenerator out, RawWorkout workout) {
        out.writeStartObject();
        out.writeStringProperty("id", WorkoutIds.of(workout));
        out.writeStringProperty("name", name(workout.activityType()));
        out.writeStringProperty("start", WireDates.autoExport(workout.start()));
        out.writeStringProperty("end", WireDates.autoExport(workout.end()));
        JsonParts.number(out, "duration", workout.durationSeconds());
        if (workout.source() != null && !workout.source().unnamed()) {
            out.writeStringProperty("source", workout.source().name());
        }
        for (RawStatistic statistic : workout.statistics()) {
            statistic(out, workout.activityType(), statistic);
        }
        if (!workout.route().isEmpty()) {
            out.writeArrayPropertyStart("route");
            workout.route().forEach(point -> JsonParts.routePoint(out, point, WireDates::autoExport));
            out.writeEndArray();
        }
        JsonParts.metadata(out, "metadata", workout.metadataJson());
        out.writeEndObject();
    }

    /**
     * The Workout app's name of an activity in words ({@code Traditional Strength Training}), which the server maps
     * back to the identifier; identifiers are spelled in the same words.
     */
    static String name(String activityType) {
        String type = activityType.startsWith(ACTIVITY_PREFIX)
                ? activityType.substring(ACTIVITY_PREFIX.length()) : activityType;
        StringBuilder words = new StringBuilder(type.length() + 8);
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            if (i > 0 && Character.isUpperCase(c) && !Character.isUpperCase(type.charAt(i - 1))) {
                words.append(' ');
            }
            words.append(c);
        }
        return words.toString();
    }

    private static void statistic(JsonGenerator out, String activityType, RawStatistic s) {
        String type = s.type();
        if (type.equals(Q + "HeartRate")) {
            heartRate(out, s);
        } else if (type.equals(Q + "ActiveEnergyBurned")) {
            quantity(out, "activeEnergyBurned", s.sum(), s.unit());
        } else if (type.equals(Q + "BasalEnergyBurned")) {
            quantity(out, "basalEnergy", s.sum(), s.unit());
        } else if (type.equals(distanceType(activityType))) {
            quantity(out, "distance", s.sum(), s.unit());
        } else if (type.equals(Q + "StepCount")) {
            quantity(out, "stepCount", s.sum(), s.unit());
        } else if (type.equals(Q + "FlightsClimbed")) {
            quantity(out, "flightsClimbed", s.sum(), s.unit());
        } else if (type.equals(Q + "SwimmingStrokeCount")) {
            quantity(out, "swimStrokes", s.sum(), s.unit());
        } else if (type.equals(Q + "PhysicalEffort")) {
            quantity(out, "intensity", s.avg(), s.unit());
        }
    }

    private static void heartRate(JsonGenerator out, RawStatistic s) {
        if (s.min() == null && s.avg() == null && s.max() == null) {
            return;
        }
        out.writeObjectPropertyStart("heartRate");
        quantity(out, "min", s.min(), s.unit());
        quantity(out, "avg", s.avg(), s.unit());
        quantity(out, "max", s.max(), s.unit());
        out.writeEndObject();
    }

    private static void quantity(JsonGenerator out, String name, Double qty, String units) {
        if (qty == null) {
            return;
        }
        out.writeObjectPropertyStart(name);
        out.writeNumberProperty("qty", qty.doubleValue());
        JsonParts.string(out, "units", units);
        out.writeEndObject();
    }

    /** The distance type the app's single {@code distance} stands for, as HealthKit picks it per activity. */
    static String distanceType(String activityType) {
        String activity = activityType.startsWith(ACTIVITY_PREFIX)
                ? activityType.substring(ACTIVITY_PREFIX.length()) : activityType;
        return Q + switch (activity) {
            case "Cycling", "HandCycling" -> "DistanceCycling";
            case "Swimming" -> "DistanceSwimming";
            case "WheelchairWalkPace", "WheelchairRunPace" -> "DistanceWheelchair";
            case "CrossCountrySkiing" -> "DistanceCrossCountrySkiing";
            case "DownhillSkiing", "Snowboarding", "SnowSports" -> "DistanceDownhillSnowSports";
            case "Rowing" -> "DistanceRowing";
            case "PaddleSports" -> "DistancePaddleSports";
            case "SkatingSports" -> "DistanceSkatingSports";
            default -> "DistanceWalkingRunning";
        };
    }
}
