package dev.healthsync.ingest.exportpro;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Workout activity and event types as Health Export Pro may write them: the HealthKit identifier
 * ({@code HKWorkoutActivityTypeRunning}), the enum case name in any case or spacing ({@code running},
 * {@code Traditional Strength Training}), or the enum's raw value ({@code 37}). Everything resolves to the
 * identifier the rest of the server stores, so a workout matches the same one imported from export.xml.
 */
final class ExportProWorkoutTypes {

    private static final String ACTIVITY_PREFIX = "HKWorkoutActivityType";
    private static final String EVENT_PREFIX = "HKWorkoutEventType";
    private static final String DISTANCE = "HKQuantityTypeIdentifierDistance";

    /** {@code HKWorkoutActivityType} cases by raw value (index); null where HealthKit has none. */
    private static final String[] ACTIVITIES = {null,
        "AmericanFootball", "Archery", "AustralianFootball", "Badminton", "Baseball", "Basketball", "Bowling",
        "Boxing", "Climbing", "Cricket", "CrossTraining", "Curling", "Cycling", "Dance", "DanceInspiredTraining",
        "Elliptical", "EquestrianSports", "Fencing", "Fishing", "FunctionalStrengthTraining", "Golf", "Gymnastics",
        "Handball", "Hiking", "Hockey", "Hunting", "Lacrosse", "MartialArts", "MindAndBody",
        "MixedMetabolicCardioTraining", "PaddleSports", "Play", "PreparationAndRecovery", "Racquetball", "Rowing",
        "Rugby", "Running", "Sailing", "SkatingSports", "SnowSports", "Soccer", "Softball", "Squash",
        "StairClimbing", "SurfingSports", "Swimming", "TableTennis", "Tennis", "TrackAndField",
        "TraditionalStrengthTraining", "Volleyball", "Walking", "WaterFitness", "WaterPolo", "WaterSports",
        "Wrestling", "Yoga", "Barre", "CoreTraining", "CrossCountrySkiing", "DownhillSkiing", "Flexibility",
        "HighIntensityIntervalTraining", "JumpRope", "Kickboxing", "Pilates", "Snowboarding", "Stairs",
        "StepTraining", "WheelchairWalkPace", "WheelchairRunPace", "TaiChi", "MixedCardio", "HandCycling",
        "DiscSports", "FitnessGaming", "CardioDance", "SocialDance", "Pickleball", "Cooldown", null, "SwimBikeRun",
        "Transition", "UnderwaterDiving"};
    private static final int OTHER_RAW_VALUE = 3000;

    /** {@code HKWorkoutEventType} cases by raw value. */
    private static final String[] EVENTS = {null, "Pause", "Resume", "Lap", "Marker", "MotionPaused",
        "MotionResumed", "Segment", "PauseOrResumeRequest"};

    private static final Map<String, String> ACTIVITY_BY_KEY = index(ACTIVITIES, ACTIVITY_PREFIX);
    private static final Map<String, String> EVENT_BY_KEY = index(EVENTS, EVENT_PREFIX);

    static {
        add(ACTIVITY_BY_KEY, ACTIVITY_PREFIX, "Other", OTHER_RAW_VALUE);
        ACTIVITY_BY_KEY.put("hiit", ACTIVITY_PREFIX + "HighIntensityIntervalTraining");
    }

    private ExportProWorkoutTypes() {
    }

    /**
     * The activity identifier; a full identifier newer than this table, or a name it does not know, is kept as
     * sent rather than losing the workout. Null for null or blank.
     */
    static String activity(String sent) {
        return resolve(sent, ACTIVITY_BY_KEY);
    }

    static String event(String sent) {
        return resolve(sent, EVENT_BY_KEY);
    }

    /** The HealthKit quantity type that {@code HKWorkout.totalDistance} measures for an activity. */
    static String distanceType(String activity) {
        String name = activity != null && activity.startsWith(ACTIVITY_PREFIX)
                ? activity.substring(ACTIVITY_PREFIX.length()) : "";
        return DISTANCE + switch (name) {
            case "Cycling", "HandCycling" -> "Cycling";
            case "Swimming" -> "Swimming";
            case "WheelchairWalkPace", "WheelchairRunPace" -> "Wheelchair";
            case "CrossCountrySkiing" -> "CrossCountrySkiing";
            case "DownhillSkiing", "Snowboarding", "SnowSports" -> "DownhillSnowSports";
            case "Rowing" -> "Rowing";
            case "PaddleSports" -> "PaddleSports";
            case "SkatingSports" -> "SkatingSports";
            default -> "WalkingRunning";
        };
    }

    private static String resolve(String sent, Map<String, String> byKey) {
        if (sent == null || sent.isBlank()) {
            return null;
        }
        return byKey.getOrDefault(key(sent), sent.strip());
    }

    private static Map<String, String> index(String[] cases, String prefix) {
        Map<String, String> byKey = new HashMap<>();
        for (int raw = 0; raw < cases.length; raw++) {
            if (cases[raw] != null) {
                add(byKey, prefix, cases[raw], raw);
            }
        }
        return byKey;
    }

    private static void add(Map<String, String> byKey, String prefix, String name, int raw) {
        String identifier = prefix + name;
        byKey.put(key(name), identifier);
        byKey.put(key(identifier), identifier);
        byKey.put(String.valueOf(raw), identifier);
    }

    /** Lower-case ASCII letters and digits only: {@code Traditional Strength-Training} → {@code traditionalstrengthtraining}. */
    private static String key(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                key.append(c);
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
