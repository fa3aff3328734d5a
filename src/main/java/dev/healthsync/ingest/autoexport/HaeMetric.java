package dev.healthsync.ingest.autoexport;

/**
 * One Health Auto Export metric name and what it becomes.
 *
 * @param name the app's name, e.g. {@code step_count}
 * @param type the HealthKit identifier its points are stored under; for {@link Kind#BLOOD_PRESSURE} the systolic
 *             one (the diastolic one is {@link #DIASTOLIC})
 * @param kind how its points are read
 */
record HaeMetric(String name, String type, Kind kind) {

    static final String SYSTOLIC = "HKQuantityTypeIdentifierBloodPressureSystolic";
    static final String DIASTOLIC = "HKQuantityTypeIdentifierBloodPressureDiastolic";

    enum Kind {
        /** {@code {date, qty}} (or {@code Min/Avg/Max}); a HealthKit quantity type. */
        QUANTITY,
        /** {@code {date, Min, Avg, Max}}. */
        HEART_RATE,
        /** {@code {date, systolic, diastolic}}: two quantity types from one point. */
        BLOOD_PRESSURE,
        /** Nights summed up ({@code totalSleep, core, deep…}) or stage segments ({@code startDate, endDate, value}). */
        SLEEP,
        /**
         * HealthKit's stand hours are category samples (stood or idle, one per hour), but the app sends the count of
         * hours stood per bucket: buckets keep the category identifier with unit {@code count}.
         */
        STAND_HOUR,
        /** A category type without values (mindful sessions, handwashing): buckets count or time it. */
        CATEGORY_EVENT,
        /** {@code {date, Unspecified, Protection Used, Protection Not Used}} counts. */
        SEXUAL_ACTIVITY
    }
}
