package dev.healthsync.imports.reader;

import org.codehaus.stax2.XMLStreamReader2;

/** The attributes of a {@code Workout} element, and what the legacy ones mean. */
record WorkoutAttributes(String activityType, String duration, String durationUnit, String totalDistance,
                         String totalDistanceUnit, String totalEnergyBurned, String totalEnergyBurnedUnit,
                         String sourceName, String sourceVersion, String device, String creationDate,
                         String startDate, String endDate) {

    static final String DISTANCE = "HKQuantityTypeIdentifierDistance";
    static final String ACTIVE_ENERGY = "HKQuantityTypeIdentifierActiveEnergyBurned";

    static WorkoutAttributes read(XMLStreamReader2 reader, ReadStats stats, String path) {
        String[] v = new String[13];
        int count = reader.getAttributeCount();
        for (int i = 0; i < count; i++) {
            String name = reader.getAttributeLocalName(i);
            int slot = switch (name) {
                case "workoutActivityType" -> 0;
                case "duration" -> 1;
                case "durationUnit" -> 2;
                case "totalDistance" -> 3;
                case "totalDistanceUnit" -> 4;
                case "totalEnergyBurned" -> 5;
                case "totalEnergyBurnedUnit" -> 6;
                case "sourceName" -> 7;
                case "sourceVersion" -> 8;
                case "device" -> 9;
                case "creationDate" -> 10;
                case "startDate" -> 11;
                case "endDate" -> 12;
                default -> -1;
            };
            if (slot < 0) {
                Elements.unknownAttribute("Workout", name, stats, path);
            } else {
                v[slot] = reader.getAttributeValue(i);
            }
        }
        return new WorkoutAttributes(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12]);
    }

    /** The duration in seconds, or null when absent or in a unit of time this reader does not know. */
    Double durationSeconds(ReadStats stats) {
        return seconds(duration, durationUnit, stats);
    }

    /** A duration attribute pair in seconds; export.xml writes {@code min} almost always. */
    static Double seconds(String value, String unit, ReadStats stats) {
        Double amount = Numbers.parse(value);
        if (amount == null) {
            return null;
        }
        double factor = switch (unit == null ? "min" : unit) {
            case "s", "sec" -> 1;
            case "ms" -> 0.001;
            case "min" -> 60;
            case "hr", "h" -> 3600;
            case "d", "day" -> 86_400;
            default -> Double.NaN;
        };
        if (Double.isNaN(factor)) {
            stats.warning("Workout", "durationUnit unknown: " + unit + "; kept without a duration");
            return null;
        }
        return amount * factor;
    }

    /**
     * The distance type a legacy {@code totalDistance} measured, from the activity: HealthKit records swimming,
     * cycling, wheelchair and downhill snow sports distances apart from walking and running.
     */
    static String distanceType(String activityType) {
        String activity = activityType == null ? "" : activityType.replace("HKWorkoutActivityType", "");
        return DISTANCE + switch (activity) {
            case "Cycling", "HandCycling" -> "Cycling";
            case "Swimming" -> "Swimming";
            case "WheelchairWalkPace", "WheelchairRunPace" -> "Wheelchair";
            case "DownhillSkiing", "Snowboarding", "SnowSports", "CrossCountrySkiing" -> "DownhillSnowSports";
            default -> "WalkingRunning";
        };
    }
}
