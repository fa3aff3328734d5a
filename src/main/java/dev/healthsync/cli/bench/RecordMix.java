package dev.healthsync.cli.bench;

import java.util.List;

/**
 * The records of a generated export: which types, from which sources, in what share, at what times of day, with
 * what values and children. Shaped after real exports of an Apple Watch wearer: heart rate and energy dominate;
 * steps and distance come from the watch, the phone and a third-party app at once (overlapping, as in every real
 * export); the phone's active energy lies under the watch's, as a phone's estimate does while a watch is worn;
 * sleep stages carry {@code HKTimeZone}; HRV carries its beat list; a scale app writes weight and blood pressure
 * with its own metadata.
 */
final class RecordMix {

    static final String BP_SYSTOLIC = "HKQuantityTypeIdentifierBloodPressureSystolic";
    static final String BP_DIASTOLIC = "HKQuantityTypeIdentifierBloodPressureDiastolic";
    static final String ACTIVE_ENERGY = "HKQuantityTypeIdentifierActiveEnergyBurned";
    static final String EXERCISE = "HKQuantityTypeIdentifierAppleExerciseTime";
    static final String STAND_HOUR = "HKCategoryTypeIdentifierAppleStandHour";
    static final String STOOD = "HKCategoryValueAppleStandHourStood";

    /** A source as export.xml names it; {@code device} is the part of the device string after its address. */
    record Source(String name, String version, String device) {
    }

    static final Source WATCH = new Source("Ana’s Apple Watch", "10.3.1", "name:Apple Watch, manufacturer:Apple Inc.,"
            + " model:Watch, hardware:Watch6,2, software:10.3.1");
    static final Source PHONE = new Source("Ana’s iPhone", "17.3", "name:iPhone, manufacturer:Apple Inc., model:iPhone,"
            + " hardware:iPhone14,5, software:17.3");
    static final Source GARMIN = new Source("Connect", "4.71.1.19", null);
    static final Source SCALE = new Source("Health Mate", "6.3.1", null);

    /** The children a record of a series has. */
    enum Extra { NONE, MOTION_CONTEXT, HEARTBEATS, TIME_ZONE, SCALE_METADATA }

    /**
     * One type from one source.
     *
     * @param share       of all records
     * @param fromHour    local hour its records start at; they are spread over {@code hours} hours from there
     * @param maxSeconds  longest duration of a record; 0 for instants (start = end)
     * @param min         smallest value, unscaled; {@code max} largest
     * @param scale       decimals of the value
     * @param categories  values of a category type, used in turn; null for quantities
     */
    record Series(String type, Source source, String unit, double share, int fromHour, int hours, int maxSeconds,
                  long min, long max, int scale, List<String> categories, Extra extra) {
    }

    private static final String Q = "HKQuantityTypeIdentifier";
    private static final List<String> SLEEP = List.of("HKCategoryValueSleepAnalysisAsleepCore",
            "HKCategoryValueSleepAnalysisAsleepDeep", "HKCategoryValueSleepAnalysisAsleepCore",
            "HKCategoryValueSleepAnalysisAsleepREM", "HKCategoryValueSleepAnalysisAwake");

    static final List<Series> SERIES = List.of(
            quantity(Q + "HeartRate", WATCH, "count/min", 0.25, 0, 24, 0, 48, 172, 0, Extra.MOTION_CONTEXT),
            quantity(ACTIVE_ENERGY, WATCH, "kcal", 0.15, 6, 17, 60, 10, 2_500, 3, Extra.NONE),
            quantity(ACTIVE_ENERGY, PHONE, "kcal", 0.01, 6, 17, 60, 10, 2_000, 3, Extra.NONE),
            quantity(Q + "BasalEnergyBurned", WATCH, "kcal", 0.11, 0, 24, 60, 400, 1_900, 3, Extra.NONE),
            quantity(Q + "StepCount", WATCH, "count", 0.07, 7, 16, 600, 5, 180, 0, Extra.NONE),
            quantity(Q + "StepCount", PHONE, "count", 0.07, 7, 16, 600, 5, 420, 0, Extra.NONE),
            quantity(Q + "StepCount", GARMIN, "count", 0.02, 7, 16, 900, 20, 900, 0, Extra.NONE),
            quantity(Q + "DistanceWalkingRunning", WATCH, "km", 0.05, 7, 16, 600, 10_000, 2_500_000, 7, Extra.NONE),
            quantity(Q + "DistanceWalkingRunning", PHONE, "km", 0.05, 7, 16, 600, 10_000, 3_000_000, 7, Extra.NONE),
            quantity(Q + "DistanceWalkingRunning", GARMIN, "km", 0.015, 7, 16, 900, 10, 700, 3, Extra.NONE),
            quantity(Q + "FlightsClimbed", PHONE, "count", 0.01, 7, 16, 120, 1, 4, 0, Extra.NONE),
            quantity(EXERCISE, WATCH, "min", 0.02, 6, 16, 60, 1, 1, 0, Extra.NONE),
            quantity(Q + "AppleStandTime", WATCH, "min", 0.02, 7, 15, 300, 1, 5, 0, Extra.NONE),
            category(STAND_HOUR, WATCH, 0.01, 7, 15, 3600, List.of(STOOD, "HKCategoryValueAppleStandHourIdle"),
                    Extra.NONE),
            quantity(Q + "RespiratoryRate", WATCH, "count/min", 0.02, 23, 8, 0, 120, 190, 1, Extra.NONE),
            quantity(Q + "OxygenSaturation", WATCH, "%", 0.01, 0, 24, 0, 92, 100, 2, Extra.NONE),
            quantity(Q + "EnvironmentalAudioExposure", WATCH, "dBASPL", 0.03, 7, 16, 1800, 400_000, 850_000, 4,
                    Extra.NONE),
            quantity(Q + "HeadphoneAudioExposure", PHONE, "dBASPL", 0.01, 8, 14, 1800, 500_000, 800_000, 4,
                    Extra.NONE),
            quantity(Q + "WalkingSpeed", PHONE, "km/hr", 0.01, 8, 12, 20, 3_500, 6_200, 3, Extra.NONE),
            category("HKCategoryTypeIdentifierSleepAnalysis", WATCH, 0.026, 23, 8, 1800, SLEEP, Extra.TIME_ZONE),
            category("HKCategoryTypeIdentifierSleepAnalysis", PHONE, 0.002, 22, 9, 3600,
                    List.of("HKCategoryValueSleepAnalysisInBed"), Extra.TIME_ZONE),
            quantity(Q + "HeartRateVariabilitySDNN", WATCH, "ms", 0.008, 0, 24, 60, 150_000, 950_000, 4,
                    Extra.HEARTBEATS),
            quantity(Q + "RestingHeartRate", WATCH, "count/min", 0.0012, 6, 2, 0, 48, 70, 0, Extra.NONE),
            quantity(Q + "WalkingHeartRateAverage", WATCH, "count/min", 0.0012, 18, 2, 0, 90, 125, 0, Extra.NONE),
            quantity(Q + "VO2Max", WATCH, "mL/min·kg", 0.0004, 19, 2, 0, 38_000, 47_000, 3, Extra.NONE),
            quantity(Q + "BodyMass", SCALE, "kg", 0.0008, 7, 1, 0, 640, 720, 1, Extra.SCALE_METADATA),
            quantity(BP_SYSTOLIC, SCALE, "mmHg", 0.0006, 8, 1, 0, 108, 142, 0, Extra.SCALE_METADATA),
            quantity(BP_DIASTOLIC, SCALE, "mmHg", 0.0006, 8, 1, 0, 66, 92, 0, Extra.SCALE_METADATA));

    private RecordMix() {
    }

    /**
     * Records per series for {@code total} records: shares rounded by largest remainder, so they add up to
     * {@code total} exactly; systolic and diastolic get the same count, as they come in pairs.
     */
    static long[] counts(long total) {
        double sum = SERIES.stream().mapToDouble(Series::share).sum();
        long[] counts = new long[SERIES.size()];
        double[] remainders = new double[SERIES.size()];
        long assigned = 0;
        for (int i = 0; i < counts.length; i++) {
            double exact = total * SERIES.get(i).share() / sum;
            counts[i] = (long) exact;
            remainders[i] = exact - counts[i];
            assigned += counts[i];
        }
        for (long left = total - assigned; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < counts.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            counts[best]++;
            remainders[best] = -1;
        }
        int systolic = index(BP_SYSTOLIC);
        int diastolic = index(BP_DIASTOLIC);
        long pairs = Math.min(counts[systolic], counts[diastolic]);
        counts[0] += counts[systolic] + counts[diastolic] - 2 * pairs;
        counts[systolic] = pairs;
        counts[diastolic] = pairs;
        return counts;
    }

    static int index(String type) {
        for (int i = 0; i < SERIES.size(); i++) {
            if (SERIES.get(i).type().equals(type)) {
                return i;
            }
        }
        throw new IllegalArgumentException(type);
    }

    /**
     * The series whose times (and draws) a series' records copy: a blood-pressure reading's diastolic value is
     * taken with its systolic one; the phone's active energy is measured while the watch's is. Itself for the rest.
     */
    static int copied(int series) {
        Series s = SERIES.get(series);
        if (s.type().equals(BP_DIASTOLIC)) {
            return index(BP_SYSTOLIC);
        }
        return s.type().equals(ACTIVE_ENERGY) && s.source() == PHONE ? index(ACTIVE_ENERGY) : series;
    }

    private static Series quantity(String type, Source source, String unit, double share, int fromHour, int hours,
                                   int maxSeconds, long min, long max, int scale, Extra extra) {
        return new Series(type, source, unit, share, fromHour, hours, maxSeconds, min, max, scale, null, extra);
    }

    private static Series category(String type, Source source, double share, int fromHour, int hours, int maxSeconds,
                                   List<String> values, Extra extra) {
        return new Series(type, source, null, share, fromHour, hours, maxSeconds, 0, 0, 0, values, extra);
    }
}
